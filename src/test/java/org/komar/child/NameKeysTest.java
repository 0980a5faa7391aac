package org.komar.child;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class NameKeysTest {

    @Test
    void latin_keys_ignore_case_accents_spaces_and_punctuation() {
        assertThat(NameKeys.latin("Sôk  DARA-Ly")).isEqualTo("sokdaraly");
    }

    @Test
    void khmer_keys_ignore_zero_width_spaces_and_ordinary_spaces() {
        String withZeroWidth = "សុខ\u200Bដារា";
        String withSpace = "សុខ ដារា";

        assertThat(NameKeys.khmer(withZeroWidth)).isEqualTo(NameKeys.khmer(withSpace)).isEqualTo("សុខដារា");
    }

    @Test
    void khmer_keys_keep_only_khmer_letters_and_drop_khmer_punctuation() {
        assertThat(NameKeys.khmer("ដារា។ Dara")).isEqualTo("ដារា");
    }

    @Test
    void script_detection_sees_khmer() {
        assertThat(NameKeys.containsKhmer("Dara ដារា")).isTrue();
        assertThat(NameKeys.containsKhmer("Dara")).isFalse();
    }
}
