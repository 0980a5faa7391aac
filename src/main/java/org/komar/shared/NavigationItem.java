package org.komar.shared;

/**
 * An entry of the main menu. Modules declare their entries as beans; the menu shows, in {@code order}, those whose
 * {@code authority} (a permission name, or null for everyone signed in) the person holds. {@code labelKey} is a
 * message key.
 */
public record NavigationItem(String path, String labelKey, String authority, int order) {
}
