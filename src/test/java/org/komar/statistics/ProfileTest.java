package org.komar.statistics;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumMap;
import java.util.Map;

import org.junit.jupiter.api.Test;

class ProfileTest {

    @Test
    void every_combination_of_values_packs_and_unpacks_to_itself() {
        Map<Dimension, String> values = new EnumMap<>(Dimension.class);
        for (Dimension dimension : Dimension.values()) {
            values.put(dimension, dimension.codes().get(dimension.codes().size() / 2));
        }
        for (Dimension varied : Dimension.values()) {
            for (String value : varied.codes()) {
                Map<Dimension, String> one = new EnumMap<>(values);
                one.put(varied, value);
                assertThat(Profile.of(one).values()).isEqualTo(one);
            }
        }
    }

    @Test
    void an_unknown_value_falls_on_the_last_value_of_its_dimension() {
        Profile profile = Profile.of(Map.of(Dimension.PROVINCE, "99", Dimension.SEX, "F"));
        assertThat(profile.value(Dimension.PROVINCE)).isEqualTo(Dimension.UNKNOWN_PROVINCE);
        assertThat(profile.value(Dimension.ETHNICITY)).isEqualTo("UNKNOWN");
        assertThat(profile.value(Dimension.SEX)).isEqualTo("F");
    }

    @Test
    void breakdowns_parse_from_the_api_and_refuse_finer_than_two() {
        assertThat(Breakdown.parse("sex, ageBand*province")).containsExactly(Breakdown.of(Dimension.SEX),
                Breakdown.of(Dimension.AGE_BAND, Dimension.PROVINCE));
        assertThat(Breakdown.parse("all")).hasSize(9 + 36);
        assertThat(Breakdown.parse("province*sex").get(0).key()).isEqualTo("sex*province");
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> Breakdown.parse("sex*ageBand*province"))
                .hasMessage("BREAKDOWN_TOO_FINE");
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> Breakdown.parse("religion"))
                .hasMessage("UNKNOWN_DIMENSION");
    }
}
