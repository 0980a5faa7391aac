package org.komar.safeguards;

import org.komar.cases.OffenceClass;
import org.komar.timeline.EventType;

/**
 * ARR-2 (JJL Art. 15, 17): a child of 14 or 15 may be arrested or held in custody "only in the case where the
 * juvenile commits an intentional misdemeanour". The clause is ambiguous (LAW.md 1.2), so its reading is a parameter
 * of the rule set ({@link Parameter#ARREST_INTERPRETATION}):
 * <ul>
 *   <li>{@code ONLY_INTENTIONAL_MISDEMEANOUR} (the default: the literal reading, and the one that favours the child):
 *   anything but an intentional misdemeanour is flagged, felonies included;</li>
 *   <li>{@code NO_UNINTENTIONAL_MISDEMEANOUR}: only a non-intentional misdemeanour (or a petty offence) is flagged.</li>
 * </ul>
 * Judged on the first arrest or custody, under the rule set in force then; pending while the offence's class or
 * intent is not recorded. A child of unknown age is judged in this band (JJL 9).
 */
final class YoungerChildArrest extends SafeguardRule {

    YoungerChildArrest() {
        super("ARR-2", "JJL Art. 15, 17", false);
    }

    @Override
    SafeguardResult evaluate(CaseInput in) {
        int first = in.nextOf(0, EventType.ARRESTED, EventType.CUSTODY_STARTED);
        if (first < 0) {
            return notApplicable();
        }
        RuleSet rules = in.rules(in.at[first]);
        if (in.band(rules) != CaseInput.Band.YOUNGER) {
            return notApplicable();
        }
        boolean literal = rules.get(Parameter.ARREST_INTERPRETATION) == 0;
        String reading = literal ? "literal" : "narrow";
        OffenceClass offence = in.offenceClass;
        if (offence == OffenceClass.PETTY) {
            return breached(rules, in.at[first], false, reading + ".breached");
        }
        if (offence == OffenceClass.FELONY) {
            return literal ? breached(rules, in.at[first], false, reading + ".breached")
                    : met(rules, reading + ".met");
        }
        if (offence == null || in.intentional == null) {
            return pending(rules, null, "unrecorded");
        }
        return in.intentional ? met(rules, reading + ".met")
                : breached(rules, in.at[first], false, reading + ".breached");
    }
}
