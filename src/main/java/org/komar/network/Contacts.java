package org.komar.network;

import java.util.regex.Pattern;

import org.komar.shared.FieldProblems;

/** Checks and tidies contact details as people type them: trimmed, empty as null, plausible shapes. */
final class Contacts {

    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");
    private static final Pattern PHONE = Pattern.compile("[0-9 +()./-]{6,30}");
    private static final Pattern WEBSITE = Pattern.compile("https?://\\S+");

    private Contacts() {
    }

    static String email(String value, String field, FieldProblems problems) {
        String email = text(value, field, 200, problems);
        if (email != null && !EMAIL.matcher(email).matches()) {
            problems.add(field, "NETWORK_EMAIL_INVALID");
        }
        return email;
    }

    static String phone(String value, String field, FieldProblems problems) {
        String phone = text(value, field, 60, problems);
        if (phone != null && !PHONE.matcher(phone).matches()) {
            problems.add(field, "NETWORK_PHONE_INVALID");
        }
        return phone;
    }

    static String website(String value, String field, FieldProblems problems) {
        String website = text(value, field, 300, problems);
        if (website != null && !WEBSITE.matcher(website).matches()) {
            problems.add(field, "NETWORK_WEBSITE_INVALID");
        }
        return website;
    }

    /** The trimmed text, null when empty; a TEXT_TOO_LONG problem beyond {@code max} characters. */
    static String text(String value, String field, int max, FieldProblems problems) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String text = value.strip();
        if (text.length() > max) {
            problems.add(field, "TEXT_TOO_LONG", max);
        }
        return text;
    }
}
