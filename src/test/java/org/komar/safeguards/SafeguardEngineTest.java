package org.komar.safeguards;

import static org.assertj.core.api.Assertions.assertThat;
import static org.komar.cases.OffenceClass.MISDEMEANOUR;
import static org.komar.safeguards.Story.aFifteenYearOldArrestedFor;
import static org.komar.safeguards.Verdicts.pendingUntil;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

/** The registry, the engine's handling of a failing rule, and which rule set judges a case. */
class SafeguardEngineTest {

    @Test
    void every_rule_of_the_law_table_and_every_policy_target_is_in_the_registry_once() {
        assertThat(Safeguards.ruleCodes()).containsExactly("AGE-1", "U14-1", "U14-2", "ARR-1", "ARR-2", "ARR-3",
                "PC-1", "PC-2", "PC-3", "PC-4", "NOT-1", "LAW-1", "LAW-2", "SOC-1", "DIV-1", "DIV-2", "DIV-3", "DIV-4",
                "DIV-5", "DIV-6", "PTD-1", "PTD-2", "PTD-3", "PTD-4", "PTD-5", "PTD-6", "PTD-7", "PTD-8", "CLO-1",
                "CLO-2", "TRI-1", "TRI-2", "TRI-3", "APP-1", "APP-2", "SEN-1", "SEN-2", "DET-1", "DET-2", "DET-3",
                "INV-1", "POL-LAWYER-24H", "POL-NOTIFY", "POL-PTD-REVIEW", "POL-FINAL-DECISION");
    }

    @Test
    void the_limits_on_deprivation_of_liberty_are_named() {
        assertThat(Safeguards.libertyLimitRules()).containsExactlyInAnyOrder("U14-1", "PC-1", "PC-2", "DIV-6",
                "PTD-3", "PTD-4", "PTD-5", "PTD-8", "CLO-1", "APP-2");
        assertThat(Safeguards.concernsLiberty("PTD-3")).isTrue();
        assertThat(Safeguards.concernsLiberty("LAW-1")).isFalse();
    }

    @Test
    void a_rule_that_throws_yields_an_error_result_in_its_place_and_the_others_still_judge() {
        SafeguardRule broken = new SafeguardRule("PC-1", "CPC Art. 96", true) {
            @Override
            SafeguardResult evaluate(CaseInput in) {
                throw new IllegalStateException("defect");
            }
        };
        List<SafeguardRule> rules = new ArrayList<>(SafeguardRules.ALL);
        rules.set(rules.indexOf(SafeguardRules.byCode("PC-1")), broken);
        Story story = aFifteenYearOldArrestedFor(MISDEMEANOUR, "2026-03-02T08:00");
        List<SafeguardResult> results = new SafeguardEngine(rules).evaluate(story.input(Story.at("2026-03-02T09:00")));

        assertThat(results).hasSize(SafeguardRules.ALL.size());
        SafeguardResult failed = results.stream().filter(r -> r.rule().equals("PC-1")).findFirst().orElseThrow();
        assertThat(failed.status()).isEqualTo(SafeguardStatus.ERROR);
        assertThat(failed.alert()).isTrue();
        assertThat(failed.messageKey()).isEqualTo("safeguard.error");
        assertThat(failed.messageArgs()).containsExactly("PC-1");
        assertThat(results.stream().filter(r -> r.rule().equals("ARR-3")).findFirst().orElseThrow().status())
                .isEqualTo(SafeguardStatus.PENDING);
        CaseSafeguards evaluated = new CaseSafeguards(null, Story.at("2026-03-02T09:00"), results);
        assertThat(evaluated.errors()).extracting(SafeguardResult::rule).containsExactly("PC-1");
        assertThat(evaluated.applicable()).contains(failed);
    }

    @Test
    void a_rule_that_returns_nothing_is_an_error_too() {
        SafeguardRule silent = new SafeguardRule("AGE-1", "JJL Art. 9", false) {
            @Override
            SafeguardResult evaluate(CaseInput in) {
                return null;
            }
        };
        List<SafeguardResult> results = new SafeguardEngine(List.of(silent))
                .evaluate(aFifteenYearOldArrestedFor(MISDEMEANOUR, "2026-03-02T08:00").input(Story.at("2026-03-02T09:00")));
        assertThat(results).singleElement().extracting(SafeguardResult::status).isEqualTo(SafeguardStatus.ERROR);
    }

    @Test
    void each_rule_is_judged_by_the_rule_set_in_force_at_its_triggering_event() {
        RuleSetHistory history = new RuleSetHistory(List.of(
                RuleSet.defaults(1, LocalDate.of(2017, 1, 1)),
                RuleSet.defaults(2, LocalDate.of(2026, 3, 3))
                        .with(2, LocalDate.of(2026, 3, 3), Parameter.CUSTODY_HOURS_YOUNGER_MISDEMEANOUR, 12)));
        Story before = aFifteenYearOldArrestedFor(MISDEMEANOUR, "2026-03-02T23:00").judgedBy(history);
        SafeguardResult underVersionOne = before.judge("PC-1", "2026-03-03T10:00");
        pendingUntil(underVersionOne, "2026-03-03T23:00");
        assertThat(underVersionOne.ruleSetVersion()).isEqualTo(1);
        Story after = aFifteenYearOldArrestedFor(MISDEMEANOUR, "2026-03-03T00:00").judgedBy(history);
        SafeguardResult underVersionTwo = after.judge("PC-1", "2026-03-03T10:00");
        pendingUntil(underVersionTwo, "2026-03-03T12:00");
        assertThat(underVersionTwo.ruleSetVersion()).isEqualTo(2);
    }

    @Test
    void an_event_before_the_first_version_is_judged_by_the_first_version() {
        RuleSetHistory history = new RuleSetHistory(List.of(RuleSet.defaults(1, LocalDate.of(2017, 1, 1))));
        assertThat(history.inForceAt(Story.at("2010-05-01T10:00")).version()).isEqualTo(1);
    }

    @Test
    void the_age_the_rules_use_is_the_child_modules_reading_of_the_same_claims() {
        org.komar.child.BirthDateClaim certificate = new org.komar.child.BirthDateClaim(LocalDate.of(2010, 5, 1),
                org.komar.child.Precision.DAY, org.komar.child.Evidence.BIRTH_CERTIFICATE);
        List<List<Object[]>> cases = List.of(
                List.<Object[]>of(),
                List.<Object[]>of(new Object[] {"2011-01-01", "YEAR", "DECLARATION"}),
                List.<Object[]>of(new Object[] {"2010-05-01", "MONTH", "SCHOOL_RECORD"}),
                List.<Object[]>of(new Object[] {"2012-03-04", "DAY", "MEDICAL"}, new Object[] {"2011-01-01", "YEAR", "NONE"}));
        for (boolean registered : List.of(true, false)) {
            for (List<Object[]> claims : cases) {
                Story story = Story.aChildOfUnknownAge(org.komar.cases.OffenceClass.MISDEMEANOUR, "2026-03-02");
                if (registered) {
                    story.bornOn("2010-05-01");
                }
                List<org.komar.child.BirthDateClaim> all = new ArrayList<>();
                if (registered) {
                    all.add(certificate);
                }
                for (Object[] claim : claims) {
                    story.then(org.komar.timeline.EventType.AGE_CLAIM_RECORDED, "2026-03-02T09:00", "birthDate",
                            claim[0], "precision", claim[1], "evidence", claim[2]);
                    all.add(new org.komar.child.BirthDateClaim(LocalDate.parse((String) claim[0]),
                            org.komar.child.Precision.valueOf((String) claim[1]),
                            org.komar.child.Evidence.valueOf((String) claim[2])));
                }
                org.komar.child.AgeAssessment expected = new org.komar.child.AgeAssessment(all);
                CaseInput input = story.input(Story.at("2026-03-03T09:00"));
                assertThat(input.birthDate).isEqualTo(expected.assumedBirthDate().orElse(null));
                assertThat(input.ageInDoubt).isEqualTo(expected.inDoubt());
                assertThat(input.ageAtOffence).isEqualTo(expected.ageOn(LocalDate.of(2026, 3, 2)).orElse(null));
            }
        }
    }

    @Test
    void a_birth_date_claim_recorded_after_the_moment_asked_does_not_count() {
        Story story = aFifteenYearOldArrestedFor(MISDEMEANOUR, "2026-03-02T08:00")
                .then(org.komar.timeline.EventType.AGE_CLAIM_RECORDED, "2026-03-05T09:00", "birthDate", "2013-01-01",
                        "precision", "DAY", "evidence", "MEDICAL");
        assertThat(story.input(Story.at("2026-03-04T09:00")).ageAtOffence).isEqualTo(15);
        assertThat(story.input(Story.at("2026-03-06T09:00")).ageAtOffence).isEqualTo(13);
    }

    @Test
    void the_result_list_keeps_registry_order_and_finds_the_next_deadline() {
        CaseSafeguards evaluated = aFifteenYearOldArrestedFor(MISDEMEANOUR, "2026-03-02T08:00")
                .evaluate("2026-03-02T09:00");
        assertThat(evaluated.results()).extracting(SafeguardResult::rule).containsExactlyElementsOf(
                Safeguards.ruleCodes());
        assertThat(evaluated.nextDeadline()).get().extracting(SafeguardResult::rule).isEqualTo("ARR-3");
        assertThat(evaluated.nextLibertyLimit()).get().extracting(SafeguardResult::rule).isEqualTo("PC-1");
        assertThat(evaluated.heldBeyondLimit()).isFalse();
        assertThat(aFifteenYearOldArrestedFor(MISDEMEANOUR, "2026-03-02T08:00").evaluate("2026-03-04T09:00")
                .heldBeyondLimit()).isTrue();
    }
}
