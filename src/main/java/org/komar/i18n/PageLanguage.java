package org.komar.i18n;

import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;

/**
 * A page rendered in a language other than the reader's, for this request only: a form printed in English for a
 * reader who works in Khmer, or the other way round. The reader's own choice is left as it was.
 */
public final class PageLanguage {

    static final String REQUEST_ATTRIBUTE = "komar.pageLocale";

    private PageLanguage() {
    }

    /** Renders the rest of this request (texts, dates, digits) in the language of {@code tag} when Komar speaks it. */
    public static void use(HttpServletRequest request, String tag) {
        Locale locale = Languages.match(tag);
        if (locale != null) {
            request.setAttribute(REQUEST_ATTRIBUTE, locale);
        }
    }
}
