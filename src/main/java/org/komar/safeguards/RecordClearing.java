package org.komar.safeguards;

import java.time.Instant;

import org.komar.calendar.Deadlines;
import org.komar.cases.OffenceClass;
import org.komar.timeline.EventType;

/**
 * SEN-2 (JJL Art. 74, 75): once a sentence is served, the record may be cleared on application after 2 years for a
 * felony, 6 months for a misdemeanour, 1 month for a petty offence (Art. 74), and is cleared by operation of law
 * after 3 years, 1 year and 3 months (Art. 75). A custodial sentence is served at the release at its end; a
 * non-custodial or suspended sentence of a number of months at the end of those months. Pending first until an
 * application is possible, then until automatic clearing (both due dates are eligibility, not breaches); met once
 * cleared by law. Calendar months to the same clock time.
 */
final class RecordClearing extends SafeguardRule {

    RecordClearing() {
        super("SEN-2", "JJL Art. 74, 75", false);
    }

    @Override
    SafeguardResult evaluate(CaseInput in) {
        int sentence = -1;
        for (int i = 0; i < in.size; i++) {
            if (in.types[i] == EventType.SENTENCED) {
                sentence = i;
            }
        }
        if (sentence < 0 || in.offenceClass == null) {
            return notApplicable();
        }
        RuleSet rules = in.rules(in.at[sentence]);
        if (in.band(rules) == CaseInput.Band.ADULT) {
            return notApplicable();
        }
        Instant served = null;
        Integer months = in.attributes(sentence).integer("months").orElse(null);
        if (in.isTrue(sentence, "custodial") && !in.isTrue(sentence, "suspended")) {
            for (int j = sentence + 1; j < in.size && served == null; j++) {
                if (in.types[j] == EventType.RELEASED && "END_OF_SENTENCE".equals(in.text(j, "reason"))) {
                    served = in.at[j];
                }
            }
        } else if (months != null) {
            served = Deadlines.libertyMonths(in.at[sentence], months);
        }
        if (served == null || served.isAfter(in.asOf)) {
            return pending(rules, null, "serving");
        }
        OffenceClass offence = in.offenceClass;
        int application = rules.get(offence == OffenceClass.FELONY ? Parameter.RECORD_APPLICATION_MONTHS_FELONY
                : offence == OffenceClass.MISDEMEANOUR ? Parameter.RECORD_APPLICATION_MONTHS_MISDEMEANOUR
                : Parameter.RECORD_APPLICATION_MONTHS_PETTY);
        int automatic = rules.get(offence == OffenceClass.FELONY ? Parameter.RECORD_AUTOMATIC_MONTHS_FELONY
                : offence == OffenceClass.MISDEMEANOUR ? Parameter.RECORD_AUTOMATIC_MONTHS_MISDEMEANOUR
                : Parameter.RECORD_AUTOMATIC_MONTHS_PETTY);
        Instant applicationAt = Deadlines.libertyMonths(served, application);
        Instant automaticAt = Deadlines.libertyMonths(served, automatic);
        if (in.asOf.isBefore(applicationAt)) {
            return pending(rules, applicationAt, "application", application);
        }
        if (in.asOf.isBefore(automaticAt)) {
            return pending(rules, automaticAt, "automatic", applicationAt);
        }
        return met(rules, "cleared", automaticAt);
    }
}
