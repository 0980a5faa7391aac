package org.komar.worklist;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.komar.cases.CaseFacts;
import org.komar.cases.CaseRole;
import org.komar.child.ChildFacts;
import org.komar.child.Sex;
import org.komar.safeguards.CaseSafeguards;
import org.komar.safeguards.SafeguardResult;
import org.komar.safeguards.SafeguardStatus;
import org.komar.shared.CaseId;
import org.komar.shared.ChildId;

/**
 * Which verdicts become alerts: breaches, rules that failed to evaluate (an alert, never silence), and deadlines with
 * a due moment; in what order; and when the same alert keeps the moment Komar first showed it.
 */
class AlertTest {

    private static final Instant NOW = Instant.parse("2026-11-10T03:00:00Z");
    private final CaseFacts facts = new CaseFacts(CaseId.random(), "12-2026-00042", CaseRole.CONFLICT_WITH_LAW, null,
            null, "12", new ChildFacts(ChildId.random(), Sex.M, null, false, null, null));

    @Test
    void a_rule_that_failed_is_an_alert_ranked_with_the_breaches_and_a_deadline_without_a_moment_is_not() {
        List<Alert> alerts = Alert.of(judged(
                result("PC-1", SafeguardStatus.PENDING, Instant.parse("2026-11-10T13:00:00Z"), null),
                result("AGE-1", SafeguardStatus.PENDING, null, null),
                result("NOT-1", SafeguardStatus.ERROR, null, null),
                result("LAW-1", SafeguardStatus.BREACHED, null, Instant.parse("2026-11-09T01:00:00Z")),
                result("TRI-1", SafeguardStatus.MET, null, null),
                result("PTD-3", SafeguardStatus.NOT_APPLICABLE, null, null)), facts, Map.of(), NOW, true);

        assertThat(alerts).extracting(Alert::rule).containsExactly("PC-1", "NOT-1", "LAW-1");
        Alert failed = alerts.get(1);
        assertThat(failed.rank()).isEqualTo(1);
        assertThat(failed.urgentAt()).isEqualTo(NOW);
        assertThat(alerts.get(2).rank()).isEqualTo(1);
        assertThat(alerts.get(2).urgentAt()).isEqualTo(Instant.parse("2026-11-09T01:00:00Z"));
        assertThat(alerts.get(0).rank()).isEqualTo(2);
        assertThat(alerts).allMatch(Alert::announce).allMatch(a -> a.caseNumber().equals("12-2026-00042"));
    }

    @Test
    void a_child_held_past_a_limit_now_comes_before_an_older_breach_that_is_over() {
        SafeguardResult stillHeld = new SafeguardResult("PC-1", SafeguardStatus.BREACHED, null,
                NOW.minusSeconds(60), "basis", "safeguard.PC-1", List.of(), true, true, 1);
        List<Alert> alerts = Alert.of(judged(result("LAW-1", SafeguardStatus.BREACHED, null,
                NOW.minusSeconds(86_400 * 30)), stillHeld), facts, Map.of(), NOW, true);

        Alert held = alerts.stream().filter(a -> a.rule().equals("PC-1")).findFirst().orElseThrow();
        Alert over = alerts.stream().filter(a -> a.rule().equals("LAW-1")).findFirst().orElseThrow();
        assertThat(held.heldBeyond()).isTrue();
        assertThat(held.rank()).isLessThan(over.rank());
    }

    @Test
    void the_same_alert_keeps_when_it_was_first_shown_and_a_changed_one_is_new() {
        Instant later = NOW.plusSeconds(600);
        Alert breach = Alert.of(judged(result("LAW-1", SafeguardStatus.BREACHED, null, NOW.minusSeconds(60))), facts,
                Map.of(), NOW, false).get(0);
        Alert again = Alert.of(judged(result("LAW-1", SafeguardStatus.BREACHED, null, NOW.minusSeconds(60))), facts,
                Map.of("LAW-1", breach), later, true).get(0);
        assertThat(again.seenAt()).isEqualTo(NOW);
        assertThat(again.announce()).as("a rebuild's alert stays unannounced").isFalse();

        Alert moved = Alert.of(judged(result("LAW-1", SafeguardStatus.BREACHED, null, NOW.minusSeconds(7200))),
                facts, Map.of("LAW-1", breach), later, true).get(0);
        assertThat(moved.seenAt()).isEqualTo(later);
        assertThat(moved.announce()).isTrue();
    }

    @Test
    void the_sweep_looks_again_at_the_earliest_deadline_not_yet_past() {
        CaseSafeguards judged = judged(
                result("PC-1", SafeguardStatus.PENDING, NOW.plusSeconds(3600), null),
                result("ARR-3", SafeguardStatus.PENDING, NOW, null),
                result("INV-1", SafeguardStatus.PENDING, NOW.minusSeconds(1), null));
        assertThat(Alert.nextDue(judged, NOW)).as("a deadline ending now is still on time").isEqualTo(NOW);
        assertThat(Alert.nextDue(judged(result("PC-1", SafeguardStatus.BREACHED, null, NOW)), NOW)).isNull();
    }

    private CaseSafeguards judged(SafeguardResult... results) {
        return new CaseSafeguards(facts.id(), NOW, List.of(results));
    }

    private static SafeguardResult result(String rule, SafeguardStatus status, Instant dueAt, Instant breachedAt) {
        return new SafeguardResult(rule, status, dueAt, breachedAt, "basis", "safeguard." + rule, List.of(), false,
                false, 1);
    }
}
