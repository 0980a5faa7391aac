package org.komar.access;

import org.komar.shared.KomarException;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * Refuses passwords that are not well-formed text (a lone UTF-16 surrogate, as a malformed request body can
 * produce) before the hashing library sees them: such a password matches nothing and cannot be set, instead of
 * failing deep inside Argon2 with a server error.
 */
final class WellFormedPasswordEncoder implements PasswordEncoder {

    private final PasswordEncoder delegate;

    WellFormedPasswordEncoder(PasswordEncoder delegate) {
        this.delegate = delegate;
    }

    @Override
    public String encode(CharSequence rawPassword) {
        if (rawPassword != null && !wellFormed(rawPassword)) {
            throw KomarException.invalid("PASSWORD_MALFORMED");
        }
        return delegate.encode(rawPassword);
    }

    @Override
    public boolean matches(CharSequence rawPassword, String encodedPassword) {
        return rawPassword != null && wellFormed(rawPassword) && delegate.matches(rawPassword, encodedPassword);
    }

    @Override
    public boolean upgradeEncoding(String encodedPassword) {
        return delegate.upgradeEncoding(encodedPassword);
    }

    static boolean wellFormed(CharSequence text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isHighSurrogate(c)) {
                if (i + 1 >= text.length() || !Character.isLowSurrogate(text.charAt(i + 1))) {
                    return false;
                }
                i++;
            } else if (Character.isLowSurrogate(c)) {
                return false;
            }
        }
        return true;
    }
}
