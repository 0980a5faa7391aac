package org.komar.safeguards;

import java.time.Duration;
import java.time.Instant;

import org.komar.calendar.Deadlines;
import org.komar.timeline.EventType;

/**
 * SEN-1 (JJL Art. 72): a child serving a custodial sentence may ask for conditional release after one third of a
 * sentence of at most one year ({@link Parameter#CONDITIONAL_RELEASE_SHORT_SENTENCE_MONTHS}), otherwise after half.
 * The sentence is counted from the start of the deprivation of liberty that led into it without a break (time held
 * before judgment is served time), in calendar months to the same clock time. Pending until the eligibility moment
 * (the due date is when a request becomes possible, not a breach); met from then on. Applies to the latest
 * custodial, unsuspended sentence.
 */
final class ConditionalReleaseEligibility extends SafeguardRule {

    ConditionalReleaseEligibility() {
        super("SEN-1", "JJL Art. 72", false);
    }

    @Override
    SafeguardResult evaluate(CaseInput in) {
        int sentence = -1;
        for (int i = 0; i < in.size; i++) {
            if (in.types[i] == EventType.SENTENCED && in.isTrue(i, "custodial") && !in.isTrue(i, "suspended")) {
                sentence = i;
            }
        }
        if (sentence < 0) {
            return notApplicable();
        }
        Integer months = in.attributes(sentence).integer("months").orElse(null);
        RuleSet rules = in.rules(in.at[sentence]);
        if (months == null || months <= 0 || in.band(rules) == CaseInput.Band.ADULT) {
            return notApplicable();
        }
        Spells.Spell held = in.spells().detentionAt(in.at[sentence]);
        Instant start = held != null ? held.start() : in.at[sentence];
        Duration length = Duration.between(start, Deadlines.libertyMonths(start, months));
        boolean shortSentence = months <= rules.get(Parameter.CONDITIONAL_RELEASE_SHORT_SENTENCE_MONTHS);
        Instant eligible = start.plus(length.dividedBy(shortSentence ? 3 : 2));
        String share = shortSentence ? "third" : "half";
        return in.asOf.isBefore(eligible) ? pending(rules, eligible, share + ".pending", months)
                : met(rules, share + ".met", eligible);
    }
}
