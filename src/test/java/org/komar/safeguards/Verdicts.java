package org.komar.safeguards;

import static org.assertj.core.api.Assertions.assertThat;

/** Assertions on a rule's verdict, reading as the law does. */
final class Verdicts {

    private Verdicts() {
    }

    static void pendingUntil(SafeguardResult result, String due) {
        assertThat(result.status()).as("%s status", result.rule()).isEqualTo(SafeguardStatus.PENDING);
        assertThat(result.dueAt()).as("%s due", result.rule()).isEqualTo(Story.at(due));
    }

    static void pendingWithoutTime(SafeguardResult result) {
        assertThat(result.status()).as("%s status", result.rule()).isEqualTo(SafeguardStatus.PENDING);
        assertThat(result.dueAt()).as("%s due", result.rule()).isNull();
    }

    static void breachedAt(SafeguardResult result, String at) {
        assertThat(result.status()).as("%s status", result.rule()).isEqualTo(SafeguardStatus.BREACHED);
        assertThat(result.breachedAt()).as("%s breached at", result.rule()).isEqualTo(Story.at(at));
    }

    static void met(SafeguardResult result) {
        assertThat(result.status()).as("%s status", result.rule()).isEqualTo(SafeguardStatus.MET);
    }

    static void notApplicable(SafeguardResult result) {
        assertThat(result.status()).as("%s status", result.rule()).isEqualTo(SafeguardStatus.NOT_APPLICABLE);
    }
}
