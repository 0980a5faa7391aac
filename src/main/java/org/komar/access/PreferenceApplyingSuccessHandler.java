package org.komar.access;

import java.io.IOException;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.security.core.Authentication;
import org.springframework.security.web.authentication.SavedRequestAwareAuthenticationSuccessHandler;
import org.springframework.web.servlet.LocaleResolver;

/** After a person signs in, their remembered language and digit preference apply to the whole session. */
class PreferenceApplyingSuccessHandler extends SavedRequestAwareAuthenticationSuccessHandler {

    private final LocaleResolver locales;

    PreferenceApplyingSuccessHandler(LocaleResolver locales) {
        this.locales = locales;
        setDefaultTargetUrl("/");
        setAlwaysUseDefaultTargetUrl(false);
    }

    @Override
    public void onAuthenticationSuccess(HttpServletRequest request, HttpServletResponse response,
                                        Authentication authentication) throws ServletException, IOException {
        if (authentication.getPrincipal() instanceof KomarPrincipal principal) {
            locales.setLocale(request, response, principal.actor().locale());
            request.getSession().setAttribute(Preferences.KHMER_DIGITS, principal.khmerDigits());
        }
        super.onAuthenticationSuccess(request, response, authentication);
    }
}
