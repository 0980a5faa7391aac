package org.komar.safeguards;

import java.time.Instant;

import org.komar.calendar.Deadlines;
import org.komar.cases.CaseRole;
import org.komar.timeline.EventType;

/**
 * DET-2 (Law on Prisons Art. 41): a child may live in prison with the mother until under 3
 * ({@link Parameter#CHILD_WITH_MOTHER_AGE}); then, without a guardian, MoSVY becomes responsible. Due at 00:00 of the
 * third birthday (youngest reading of the birth-date claims); met by the child's release from the prison or the
 * closing of the case before then. Applies to a child placed with a caregiver (or a case of an accompanying child).
 */
final class ExitPlanAtThree extends SafeguardRule {

    ExitPlanAtThree() {
        super("DET-2", "Law on Prisons Art. 41", false);
    }

    @Override
    SafeguardResult evaluate(CaseInput in) {
        if (in.birthDate == null) {
            return notApplicable();
        }
        int placed = -1;
        for (int i = 0; i < in.size && placed < 0; i++) {
            if (in.types[i] == EventType.PLACED
                    && (in.isTrue(i, "withCaregiver") || in.role == CaseRole.ACCOMPANYING_CAREGIVER)) {
                placed = i;
            }
        }
        if (placed < 0) {
            return notApplicable();
        }
        Instant left = null;
        for (int j = placed + 1; j < in.size && left == null; j++) {
            if (in.types[j] == EventType.RELEASED || in.types[j] == EventType.CASE_CLOSED) {
                left = in.at[j];
            }
        }
        RuleSet rules = in.rules(in.at[placed]);
        int age = rules.get(Parameter.CHILD_WITH_MOTHER_AGE);
        Instant due = Deadlines.endOf(in.birthDate.plusYears(age).minusDays(1));
        Verdict verdict = verdict();
        deadline(verdict, in, rules, due, left, "exit", age);
        return verdict.result();
    }
}
