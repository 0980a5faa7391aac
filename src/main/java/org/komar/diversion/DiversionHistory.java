package org.komar.diversion;

import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

import org.komar.calendar.Deadlines;
import org.komar.calendar.WorkingDays;
import org.komar.timeline.EventId;
import org.komar.timeline.EventType;
import org.komar.timeline.LegalEvent;
import org.komar.timeline.Timeline;

/**
 * A case's diversion as its timeline tells it: every consideration of diversion (police warnings under JJL 13
 * included) and every diversion order with its plan, modification requests, reports of non-compliance and end, each
 * with the deadlines of the law:
 * <ul>
 *   <li>the plan decided within 1 month of the order, or of the decision that ordered a new plan (JJL 66, 68);</li>
 *   <li>a modification request decided within 5 working days, else deemed approved (JJL 70);</li>
 *   <li>the hearing within 15 days of a report of non-compliance (JJL 71).</li>
 * </ul>
 * Requests and reports are answered in the order they were made (the first decision after a request answers the
 * oldest open one). Pure: the same timeline and working days always give the same history.
 */
record DiversionHistory(List<Consideration> considerations, List<Order> orders) {

    static final int PLAN_MONTHS = 1;
    static final int MODIFICATION_WORKING_DAYS = 5;
    static final int HEARING_DAYS = 15;

    /**
     * A decision whether to divert ({@code DIVERTED}, {@code NOT_DIVERTED}) with its reasons, or a police warning
     * ({@code by} {@code POLICE}, decision {@code WARNED}, its {@code warningForm}; JJL 13).
     */
    record Consideration(EventId id, Instant at, String by, String decision, List<String> reasons, String reason,
                         String warningForm) {
    }

    record PlanDecision(EventId id, Instant at, boolean approved, Integer planVersion) {
    }

    record Modification(EventId id, Instant requestedAt, Instant dueAt, Integer planVersion, Instant decidedAt,
                        Boolean approved, boolean automatic) {

        public boolean pending() {
            return decidedAt == null;
        }

        Modification decided(Instant at, boolean isApproved, boolean isAutomatic) {
            return new Modification(id, requestedAt, dueAt, planVersion, at, isApproved, isAutomatic);
        }
    }

    record Noncompliance(EventId id, Instant reportedAt, Instant hearingDueAt, Instant hearingAt, String outcome) {

        public boolean awaitingHearing() {
            return hearingAt == null;
        }
    }

    /** One diversion order and what followed it, until it ended or another order replaced it. */
    record Order(EventId id, Instant orderedAt, String by, List<Map<String, Object>> measures, DiversionStatus status,
                 Instant planDueAt, Instant planDecidedAt, Integer planVersion, List<PlanDecision> planDecisions,
                 List<Modification> modifications, List<Noncompliance> noncompliances, Instant endedAt) {

        /** The plan decision is still awaited: when it is due. */
        public Optional<Instant> planDue() {
            return status.ended() || planDecidedAt != null ? Optional.empty() : Optional.of(planDueAt);
        }

        public Optional<Modification> pendingModification() {
            return status.ended() ? Optional.empty()
                    : modifications.stream().filter(Modification::pending).findFirst();
        }

        public Optional<Noncompliance> awaitedHearing() {
            return status.ended() ? Optional.empty()
                    : noncompliances.stream().filter(Noncompliance::awaitingHearing).findFirst();
        }

        /** The earliest deadline still open on this order. */
        public Optional<Instant> nextDue() {
            return Stream.of(planDue(), pendingModification().map(Modification::dueAt),
                            awaitedHearing().map(Noncompliance::hearingDueAt))
                    .flatMap(Optional::stream).min(Comparator.naturalOrder());
        }
    }

    public Optional<Order> current() {
        return orders.isEmpty() ? Optional.empty() : Optional.of(orders.get(orders.size() - 1));
    }

    Optional<Order> order(EventId id) {
        return orders.stream().filter(o -> o.id().equals(id)).findFirst();
    }

    /** Modification requests still undecided whose 5 working days ran out by {@code asOf}, oldest first. */
    List<Modification> overdueModifications(Instant asOf) {
        return orders.stream().filter(o -> !o.status().ended()).flatMap(o -> o.modifications().stream())
                .filter(m -> m.pending() && !m.dueAt().isAfter(asOf)).toList();
    }

    static DiversionHistory of(Timeline timeline, WorkingDays days) {
        List<Consideration> considerations = new ArrayList<>();
        List<Order> orders = new ArrayList<>();
        Builder current = null;
        for (LegalEvent event : timeline.active()) {
            var a = event.attributes();
            switch (event.type()) {
                case POLICE_WARNING -> considerations.add(new Consideration(event.id(), event.at(), "POLICE",
                        "WARNED", List.of(), a.text("note").orElse(null), a.text("form").orElse(null)));
                case DIVERSION_CONSIDERED -> considerations.add(new Consideration(event.id(), event.at(),
                        a.text("by").orElse(null), a.text("decision").orElse(null), a.list("reasons"),
                        a.text("reason").orElse(null), null));
                case DIVERSION_ORDERED -> {
                    if (current != null) {
                        orders.add(current.end(DiversionStatus.REPLACED, event.at()));
                    }
                    String by = a.text("by").orElseGet(() -> lastDiverter(considerations));
                    current = new Builder(event, by, a.measures(), days);
                }
                default -> {
                    if (current != null) {
                        current.apply(event, days);
                    }
                }
            }
        }
        if (current != null) {
            orders.add(current.build());
        }
        return new DiversionHistory(List.copyOf(considerations), List.copyOf(orders));
    }

    private static String lastDiverter(List<Consideration> considerations) {
        for (int i = considerations.size() - 1; i >= 0; i--) {
            if ("DIVERTED".equals(considerations.get(i).decision())) {
                return considerations.get(i).by();
            }
        }
        return null;
    }

    /** Folds the events after one order into its state. */
    private static final class Builder {

        private final LegalEvent order;
        private final String by;
        private final List<Map<String, Object>> measures;
        private DiversionStatus status = DiversionStatus.AWAITING_PLAN;
        private Instant planDueAt;
        private Instant planDecidedAt;
        private Integer planVersion;
        private Instant endedAt;
        private final List<PlanDecision> planDecisions = new ArrayList<>();
        private final List<Modification> modifications = new ArrayList<>();
        private final List<Noncompliance> noncompliances = new ArrayList<>();
        private final Deque<Integer> openModifications = new ArrayDeque<>();
        private final Deque<Integer> openReports = new ArrayDeque<>();

        Builder(LegalEvent order, String by, List<Map<String, Object>> measures, WorkingDays days) {
            this.order = order;
            this.by = by;
            this.measures = List.copyOf(measures);
            this.planDueAt = Deadlines.proceduralMonths(order.at(), PLAN_MONTHS, days);
        }

        void apply(LegalEvent event, WorkingDays days) {
            if (status.ended()) {
                return;
            }
            var a = event.attributes();
            switch (event.type()) {
                case DIVERSION_PLAN_DECIDED -> {
                    boolean approved = !a.isFalse("approved");
                    Integer version = a.integer("planVersion").orElse(null);
                    planDecisions.add(new PlanDecision(event.id(), event.at(), approved, version));
                    if (approved) {
                        planDecidedAt = event.at();
                        planVersion = version;
                        if (status == DiversionStatus.AWAITING_PLAN) {
                            status = DiversionStatus.UNDER_WAY;
                        }
                    } else {
                        planDecidedAt = null;
                        planVersion = null;
                        status = DiversionStatus.AWAITING_PLAN;
                        planDueAt = Deadlines.proceduralMonths(event.at(), PLAN_MONTHS, days);
                    }
                }
                case DIVERSION_MODIFICATION_REQUESTED -> {
                    modifications.add(new Modification(event.id(), event.at(),
                            Deadlines.proceduralWorkingDays(event.at(), MODIFICATION_WORKING_DAYS, days),
                            a.integer("planVersion").orElse(null), null, null, false));
                    openModifications.add(modifications.size() - 1);
                }
                case DIVERSION_MODIFICATION_DECIDED -> {
                    Integer open = openModifications.poll();
                    if (open != null) {
                        Modification decided = modifications.get(open).decided(event.at(),
                                !a.isFalse("approved"), a.isTrue("automatic"));
                        modifications.set(open, decided);
                        if (decided.approved() && decided.planVersion() != null) {
                            planVersion = decided.planVersion();
                        }
                    }
                }
                case DIVERSION_NONCOMPLIANCE_REPORTED -> {
                    noncompliances.add(new Noncompliance(event.id(), event.at(),
                            Deadlines.proceduralDays(event.at(), HEARING_DAYS, days), null, null));
                    openReports.add(noncompliances.size() - 1);
                    status = DiversionStatus.NONCOMPLIANCE_REPORTED;
                }
                case DIVERSION_HEARING_HELD -> {
                    String outcome = a.text("outcome").orElse(null);
                    Integer open = openReports.poll();
                    if (open != null) {
                        Noncompliance report = noncompliances.get(open);
                        noncompliances.set(open, new Noncompliance(report.id(), report.reportedAt(),
                                report.hearingDueAt(), event.at(), outcome));
                    }
                    if ("PROCEEDINGS_RESUMED".equals(outcome) || "CHILD_ABSENT".equals(outcome)) {
                        end(DiversionStatus.FAILED, event.at());
                    } else if ("NEW_ORDER".equals(outcome)) {
                        end(DiversionStatus.REPLACED, event.at());
                    } else if (openReports.isEmpty()) {
                        status = planDecidedAt != null ? DiversionStatus.UNDER_WAY : DiversionStatus.AWAITING_PLAN;
                    }
                }
                case DIVERSION_COMPLETED -> end(DiversionStatus.COMPLETED, event.at());
                case DIVERSION_FAILED -> end(DiversionStatus.FAILED, event.at());
                default -> {
                    // Other events do not change a diversion.
                }
            }
        }

        Order end(DiversionStatus ended, Instant at) {
            if (!status.ended()) {
                status = ended;
                endedAt = at;
            }
            return build();
        }

        Order build() {
            return new Order(order.id(), order.at(), by, measures, status, planDueAt, planDecidedAt, planVersion,
                    List.copyOf(planDecisions), List.copyOf(modifications), List.copyOf(noncompliances), endedAt);
        }
    }
}
