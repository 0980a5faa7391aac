package org.komar.i18n;

import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.komar.access.Accounts;
import org.komar.access.Preferences;
import org.komar.access.UserSummary;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.LocaleResolver;

/** The language switch. A signed-in person's choice is remembered in their profile for their next sign-in. */
@Controller
class LanguageController {

    private final LocaleResolver locales;
    private final Accounts accounts;

    LanguageController(LocaleResolver locales, Accounts accounts) {
        this.locales = locales;
        this.accounts = accounts;
    }

    @PostMapping("/locale")
    String switchLanguage(@RequestParam("lang") String lang,
                          @RequestParam(name = "khmerDigits", required = false) Boolean khmerDigits,
                          @RequestParam(name = "back", required = false) String back,
                          HttpServletRequest request, HttpServletResponse response) {
        Locale locale = Languages.match(lang);
        if (locale != null) {
            locales.setLocale(request, response, locale);
        }
        boolean digits = khmerDigits != null ? khmerDigits : Preferences.khmerDigits(request);
        request.getSession(true).setAttribute(Preferences.KHMER_DIGITS, digits);
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication != null && authentication.isAuthenticated()) {
            accounts.findByUsername(authentication.getName()).map(UserSummary::id).ifPresent(id ->
                    accounts.setPreferences(id, locales.resolveLocale(request).getLanguage(), digits));
        }
        // Only ever go back to a path within Komar, so that the switch cannot become an open redirect.
        boolean local = back != null && back.startsWith("/") && !back.startsWith("//") && !back.contains("\\");
        return "redirect:" + (local ? back : "/");
    }
}
