package org.komar.access;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.komar.shared.KomarException;
import org.springframework.security.crypto.argon2.Argon2PasswordEncoder;

class WellFormedPasswordEncoderTest {

    private final WellFormedPasswordEncoder encoder =
            new WellFormedPasswordEncoder(Argon2PasswordEncoder.defaultsForSpringSecurity_v5_8());

    @Test
    void a_password_with_a_lone_surrogate_matches_nothing_instead_of_failing() {
        String hash = encoder.encode("test-password-1");
        assertThat(encoder.matches("test-password-1", hash)).isTrue();
        assertThat(encoder.matches("test-\uD800password-1", hash)).isFalse();
        assertThat(encoder.matches("\uDC00", hash)).isFalse();
    }

    @Test
    void khmer_and_emoji_passwords_are_well_formed() {
        String hash = encoder.encode("ពាក្យសម្ងាត់\uD83D\uDE00");
        assertThat(encoder.matches("ពាក្យសម្ងាត់\uD83D\uDE00", hash)).isTrue();
    }

    @Test
    void a_malformed_password_cannot_be_set() {
        assertThatThrownBy(() -> encoder.encode("abc\uD800"))
                .isInstanceOfSatisfying(KomarException.class, e -> assertThat(e.code()).isEqualTo("PASSWORD_MALFORMED"));
    }
}
