package org.komar.demo;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;

import org.komar.child.ChildDetails;
import org.komar.timeline.EventType;

/** One demonstration case: the child, the case, the events in order, and who else answers for it. */
record DemoCase(ChildDetails child, String province, String role, String offenceCode, String offenceClass,
                Integer minPenaltyMonths, Integer maxPenaltyMonths, java.time.LocalDate offenceDate, String place,
                List<Step> steps, List<String> partyAgencies, boolean lawyerAssigned) {

    record Step(EventType type, OffsetDateTime at, Map<String, Object> attributes) {
    }
}
