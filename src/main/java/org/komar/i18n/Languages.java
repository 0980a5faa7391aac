package org.komar.i18n;

import java.util.List;
import java.util.Locale;

/** The languages Komar speaks. */
public final class Languages {

    public static final Locale KHMER = Locale.forLanguageTag("km");
    public static final Locale ENGLISH = Locale.ENGLISH;
    public static final List<Locale> SUPPORTED = List.of(KHMER, ENGLISH);

    private Languages() {
    }

    /** The supported language matching a tag ("km", "km-KH", "en-GB"…), or null. */
    public static Locale match(String tag) {
        if (tag == null) {
            return null;
        }
        String language = Locale.forLanguageTag(tag.strip()).getLanguage();
        return SUPPORTED.stream().filter(l -> l.getLanguage().equals(language)).findFirst().orElse(null);
    }
}
