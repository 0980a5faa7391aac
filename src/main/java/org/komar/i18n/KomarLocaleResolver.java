package org.komar.i18n;

import java.util.Enumeration;
import java.util.Locale;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

import org.springframework.web.servlet.LocaleResolver;

/**
 * The language of a request: the one a page asked for ({@link PageLanguage}), else the one chosen in this session
 * (set at sign-in from the person's profile, or by the language switch), else the first of Khmer or English the
 * browser or API client asks for, else Khmer for pages and English for the API.
 */
class KomarLocaleResolver implements LocaleResolver {

    static final String SESSION_ATTRIBUTE = "komar.locale";

    @Override
    public Locale resolveLocale(HttpServletRequest request) {
        if (request.getAttribute(PageLanguage.REQUEST_ATTRIBUTE) instanceof Locale page) {
            return page;
        }
        HttpSession session = request.getSession(false);
        if (session != null && session.getAttribute(SESSION_ATTRIBUTE) instanceof Locale chosen) {
            return chosen;
        }
        if (request.getHeader("Accept-Language") != null) {
            Enumeration<Locale> asked = request.getLocales();
            while (asked.hasMoreElements()) {
                Locale match = Languages.match(asked.nextElement().toLanguageTag());
                if (match != null) {
                    return match;
                }
            }
        }
        // An error page rendered for an API call speaks the API's default, not the pages'.
        Object failed = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
        String uri = failed instanceof String original ? original : request.getRequestURI();
        return uri.startsWith(request.getContextPath() + "/api/") ? Languages.ENGLISH : Languages.KHMER;
    }

    @Override
    public void setLocale(HttpServletRequest request, HttpServletResponse response, Locale locale) {
        Locale match = locale == null ? null : Languages.match(locale.toLanguageTag());
        if (match == null) {
            HttpSession session = request.getSession(false);
            if (session != null) {
                session.removeAttribute(SESSION_ATTRIBUTE);
            }
            return;
        }
        request.getSession(true).setAttribute(SESSION_ATTRIBUTE, match);
    }
}
