package org.komar.statistics;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import org.komar.timeline.Attributes;
import org.komar.timeline.EventType;
import org.komar.timeline.LegalEvent;
import org.komar.timeline.Timeline;

/**
 * The facts statistics count in one case, derived from the live events of its timeline (a voided event counts
 * nowhere). Pure: no I/O, no clock. Where a child is held and in what status is not derived here: that is the
 * detention module's history, read through its public service.
 */
final class CaseStatistics {

    private CaseStatistics() {
    }

    static List<Fact> derive(Timeline timeline) {
        List<LegalEvent> events = timeline.active();
        List<Fact> facts = new ArrayList<>();
        arrests(timeline).forEach(arrest -> facts.add(new Fact(FactKind.ARREST, arrest.at(),
                arrest.attributes().bool("flagrant").orElse(null), firstLawyerContact(events, arrest.at()), null)));
        Instant firstSentence = timeline.first(EventType.SENTENCED).map(LegalEvent::at).orElse(null);
        for (LegalEvent event : events) {
            Attributes a = event.attributes();
            switch (event.type()) {
                case SENTENCED -> facts.add(new Fact(FactKind.SENTENCE, event.at(),
                        a.isTrue("custodial") && !a.isTrue("suspended"), null, null));
                case DIVERSION_ORDERED, POLICE_WARNING -> {
                    if (firstSentence == null || event.at().isBefore(firstSentence)) {
                        facts.add(new Fact(FactKind.DIVERSION, event.at(), null, null,
                                event.is(EventType.POLICE_WARNING) ? "POLICE" : a.text("by").orElse(null)));
                    }
                }
                case DIED_IN_DETENTION -> facts.add(Fact.of(FactKind.DEATH, event.at()));
                case RELEASED -> facts.add(new Fact(FactKind.RELEASE, event.at(), null,
                        firstAfter(events, event.at(), EventType.AFTERCARE_STARTED), a.text("reason").orElse(null)));
                case FAMILY_CONTACT -> facts.add(new Fact(FactKind.FAMILY_CONTACT, event.at(), null, null,
                        a.text("kind").orElse(null)));
                case HEARING_HELD -> facts.add(new Fact(FactKind.HEARING, event.at(), a.bool("inCamera").orElse(null),
                        null, a.text("court").orElse(null)));
                default -> {
                    // Other events are not counted as such.
                }
            }
        }
        facts.sort(Comparator.comparing(Fact::at));
        return facts;
    }

    /** Arrests recorded as such; a case with police custody but no recorded arrest counts its first custody. */
    private static List<LegalEvent> arrests(Timeline timeline) {
        List<LegalEvent> arrests = timeline.ofType(EventType.ARRESTED);
        if (!arrests.isEmpty()) {
            return arrests;
        }
        return timeline.first(EventType.CUSTODY_STARTED).map(List::of).orElse(List.of());
    }

    /** A lawyer assigned, reached by a notification, or present at a questioning or hearing, at or after the arrest. */
    static Instant firstLawyerContact(List<LegalEvent> events, Instant arrest) {
        return events.stream().filter(event -> !event.at().isBefore(arrest)).filter(CaseStatistics::lawyerContact)
                .map(LegalEvent::at).findFirst().orElse(null);
    }

    private static boolean lawyerContact(LegalEvent event) {
        Attributes a = event.attributes();
        return switch (event.type()) {
            case LAWYER_ASSIGNED -> true;
            case NOTIFIED -> "LAWYER".equals(a.text("party").orElse("")) && a.isTrue("reached");
            case INTERROGATED, HEARING_HELD -> a.isTrue("lawyerPresent");
            default -> false;
        };
    }

    private static Instant firstAfter(List<LegalEvent> events, Instant moment, EventType type) {
        Optional<LegalEvent> found = events.stream().filter(event -> event.is(type))
                .filter(event -> !event.at().isBefore(moment)).findFirst();
        return found.map(LegalEvent::at).orElse(null);
    }
}
