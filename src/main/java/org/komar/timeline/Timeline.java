package org.komar.timeline;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.komar.shared.CaseId;

/**
 * A case's history in the order things happened (then the order they were recorded). Pure data: no I/O, no clock.
 * {@link #active()} drops voided events, which is what every derived view reads; {@link #all()} keeps them, which
 * is what people read.
 */
public final class Timeline {

    private static final Comparator<LegalEvent> ORDER = Comparator
            .comparing(LegalEvent::at).thenComparingInt(LegalEvent::seq);

    private final CaseId caseId;
    private final int version;
    private final List<LegalEvent> all;
    private final List<LegalEvent> active;

    public Timeline(CaseId caseId, int version, List<LegalEvent> events) {
        this.caseId = caseId;
        this.version = version;
        List<LegalEvent> sorted = new ArrayList<>(events);
        sorted.sort(ORDER);
        this.all = List.copyOf(sorted);
        this.active = sorted.stream().filter(event -> !event.voided()).toList();
    }

    public static Timeline empty(CaseId caseId) {
        return new Timeline(caseId, 0, List.of());
    }

    public CaseId caseId() {
        return caseId;
    }

    /** Moves with every append and void; writers send the version they read to detect stale writes. */
    public int version() {
        return version;
    }

    public List<LegalEvent> all() {
        return all;
    }

    public List<LegalEvent> active() {
        return active;
    }

    /** The live events that had happened by {@code asOf} (inclusive): the timeline as it stood at that moment. */
    public Timeline asOf(Instant asOf) {
        List<LegalEvent> upTo = active.stream().filter(event -> !event.at().isAfter(asOf)).toList();
        return new Timeline(caseId, version, upTo);
    }

    public List<LegalEvent> ofType(EventType... types) {
        Set<EventType> wanted = types.length == 0 ? EnumSet.noneOf(EventType.class) : EnumSet.of(types[0], types);
        return active.stream().filter(event -> wanted.contains(event.type())).toList();
    }

    public Optional<LegalEvent> first(EventType... types) {
        return ofType(types).stream().findFirst();
    }

    public Optional<LegalEvent> last(EventType... types) {
        List<LegalEvent> matching = ofType(types);
        return matching.isEmpty() ? Optional.empty() : Optional.of(matching.get(matching.size() - 1));
    }

    /** Live events of the given types strictly after {@code after}. */
    public List<LegalEvent> after(Instant after, EventType... types) {
        return ofType(types).stream().filter(event -> event.at().isAfter(after)).toList();
    }

    public Optional<LegalEvent> firstAfter(Instant after, EventType... types) {
        return after(after, types).stream().findFirst();
    }

    public boolean contains(EventType type) {
        return first(type).isPresent();
    }

    public Optional<LegalEvent> find(EventId id) {
        return all.stream().filter(event -> event.id().equals(id)).findFirst();
    }

    public boolean isEmpty() {
        return active.isEmpty();
    }
}
