package org.komar.shared;

/**
 * A section another module adds to the home page (e.g. the worklist), loaded from {@code path} as an HTML fragment,
 * shown only to people holding {@code authority} (a permission name; null for everyone signed in).
 */
public record HomePanel(String id, String path, String authority, int order) {
}
