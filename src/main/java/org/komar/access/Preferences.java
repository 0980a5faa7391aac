package org.komar.access;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;

/** A person's display preferences as the current session holds them. */
public final class Preferences {

    /** Session attribute: {@code Boolean.TRUE} when numbers and dates are shown with Khmer digits. */
    public static final String KHMER_DIGITS = "komar.khmerDigits";

    private Preferences() {
    }

    public static boolean khmerDigits(HttpServletRequest request) {
        HttpSession session = request.getSession(false);
        return session != null && Boolean.TRUE.equals(session.getAttribute(KHMER_DIGITS));
    }
}
