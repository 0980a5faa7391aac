package org.komar.cases;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Optional;

import org.komar.child.AgeAssessment;
import org.komar.shared.Cambodia;
import org.komar.timeline.Attributes;
import org.komar.timeline.EventType;
import org.komar.timeline.Timeline;

/**
 * An event about to be recorded, as a {@link RecordingCheck} sees it: validated type and attributes, the case's
 * facts, its timeline before this event, and the child's age from every birth-date claim (youngest credible reading,
 * JJL 9).
 */
public record ProposedEvent(CaseFacts kase, Timeline timeline, AgeAssessment age, EventType type,
                            OffsetDateTime occurredAt, Attributes attributes) {

    /**
     * The day of the offence: the case's offence date, else the day of its first event, else the day of this event.
     * The earliest day known gives the youngest age, so the doubt goes to the child.
     */
    public LocalDate offenceDay() {
        if (kase.offenceDate() != null) {
            return kase.offenceDate();
        }
        return timeline.first(EventType.values()).map(e -> e.occurredAt()).orElse(occurredAt)
                .atZoneSameInstant(Cambodia.ZONE).toLocalDate();
    }

    /** Completed years at the offence by the youngest credible reading; empty when no birth date is claimed. */
    public Optional<Integer> ageAtOffence() {
        return age.ageOn(offenceDay());
    }
}
