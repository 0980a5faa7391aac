package org.komar.child;

import java.text.Normalizer;
import java.util.Locale;

/**
 * Search keys for names. Latin: accents stripped, lower case, only letters and digits kept ("Sôk  Dara" → "sokdara").
 * Khmer: NFC, zero-width characters (U+200B–U+200D, U+FEFF), spaces and punctuation removed, since Khmer spacing is
 * inconsistent between writers. Stored beside the names and applied to queries the same way.
 */
public final class NameKeys {

    private NameKeys() {
    }

    public static String latin(String name) {
        if (name == null) {
            return "";
        }
        String decomposed = Normalizer.normalize(name, Normalizer.Form.NFD);
        StringBuilder key = new StringBuilder(decomposed.length());
        decomposed.codePoints().forEach(cp -> {
            if (Character.getType(cp) == Character.NON_SPACING_MARK) {
                return;
            }
            if (Character.isLetterOrDigit(cp) && !isKhmer(cp)) {
                key.appendCodePoint(Character.toLowerCase(cp));
            }
        });
        return key.toString().toLowerCase(Locale.ROOT);
    }

    public static String khmer(String name) {
        if (name == null) {
            return "";
        }
        String composed = Normalizer.normalize(name, Normalizer.Form.NFC);
        StringBuilder key = new StringBuilder(composed.length());
        composed.codePoints().forEach(cp -> {
            if (isKhmer(cp) && !isKhmerPunctuation(cp)) {
                key.appendCodePoint(cp);
            }
        });
        return key.toString();
    }

    public static boolean containsKhmer(String text) {
        return text != null && text.codePoints().anyMatch(NameKeys::isKhmer);
    }

    private static boolean isKhmer(int cp) {
        return (cp >= 0x1780 && cp <= 0x17FF) || (cp >= 0x19E0 && cp <= 0x19FF);
    }

    private static boolean isKhmerPunctuation(int cp) {
        return cp >= 0x17D4 && cp <= 0x17DA;
    }
}
