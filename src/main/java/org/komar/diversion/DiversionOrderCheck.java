package org.komar.diversion;

import org.komar.cases.ProposedEvent;
import org.komar.cases.RecordingCheck;
import org.komar.shared.FieldProblems;
import org.komar.timeline.EventType;
import org.springframework.stereotype.Component;

/** Refuses a diversion order whose measures break the limits of JJL 65 ({@link MeasureLimits}). */
@Component
class DiversionOrderCheck implements RecordingCheck {

    @Override
    public boolean appliesTo(EventType type) {
        return type == EventType.DIVERSION_ORDERED;
    }

    @Override
    public void check(ProposedEvent event, FieldProblems problems) {
        MeasureLimits.check(event.attributes().measures(), event.ageAtOffence(), "attributes.measures", problems);
    }
}
