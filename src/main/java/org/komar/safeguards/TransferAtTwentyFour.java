package org.komar.safeguards;

import java.time.Instant;

import org.komar.calendar.Deadlines;
import org.komar.timeline.EventType;

/**
 * DET-1 (JJL Art. 82): a person serving a juvenile sentence in a youth rehabilitation centre stays there until under
 * 24 ({@link Parameter#YOUTH_CENTRE_TRANSFER_AGE}), then is transferred to an adult facility. Due at 00:00 of the
 * 24th birthday by the youngest reading of the birth-date claims (JJL 9); met by a transfer out of the centre or a
 * release before then. Applies while the convicted child is placed in a youth rehabilitation centre (the placement's
 * or the transfer's facility type).
 */
final class TransferAtTwentyFour extends SafeguardRule {

    TransferAtTwentyFour() {
        super("DET-1", "JJL Art. 82", false);
    }

    @Override
    SafeguardResult evaluate(CaseInput in) {
        if (in.birthDate == null || !in.any(EventType.SENTENCED)) {
            return notApplicable();
        }
        int entered = -1;
        Instant left = null;
        for (int i = 0; i < in.size; i++) {
            EventType type = in.types[i];
            String facilityType = type == EventType.PLACED ? in.text(i, "facilityType")
                    : type == EventType.TRANSFERRED ? in.text(i, "toFacilityType") : null;
            if (type == EventType.PLACED || type == EventType.TRANSFERRED) {
                boolean centre = "YOUTH_REHABILITATION_CENTRE".equals(facilityType);
                if (centre && (entered < 0 || left != null)) {
                    entered = i;
                    left = null;
                } else if (!centre && entered >= 0 && left == null) {
                    left = in.at[i];
                }
            } else if ((type == EventType.RELEASED || type == EventType.DIED_IN_DETENTION) && entered >= 0
                    && left == null) {
                left = in.at[i];
            }
        }
        if (entered < 0) {
            return notApplicable();
        }
        RuleSet rules = in.rules(in.at[entered]);
        int age = rules.get(Parameter.YOUTH_CENTRE_TRANSFER_AGE);
        Instant due = Deadlines.endOf(in.birthDate.plusYears(age).minusDays(1));
        Verdict verdict = verdict();
        deadline(verdict, in, rules, due, left, "transfer", age);
        return verdict.result();
    }
}
