package org.komar.safeguards;

import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.util.List;

import org.komar.calendar.Deadlines;
import org.komar.calendar.WorkingDays;
import org.komar.cases.CaseRole;
import org.komar.cases.Offence;
import org.komar.cases.OffenceClass;
import org.komar.child.BirthDateClaim;
import org.komar.child.Evidence;
import org.komar.child.Precision;
import org.komar.shared.CaseId;
import org.komar.timeline.Attributes;
import org.komar.timeline.EventType;
import org.komar.timeline.LegalEvent;

/**
 * What every rule reads about one case as of one moment: the live events that had happened by {@code asOf} (in
 * order, with their instants and types in arrays so that rules scan them without allocating), the case's role and
 * offence, the child's age at the offence with the benefit of the doubt (the youngest credible reading of the
 * birth-date claims recorded by then, JJL Art. 9), the rule set history and the working-day calendar. Derived
 * stretches of deprivation of liberty are computed once, on first use. Not shared between threads.
 */
final class CaseInput {

    /** Age bands of the law. A child whose age is unknown is judged in the younger band of 14-15 (JJL 9). */
    enum Band {
        UNDER_RESPONSIBILITY, YOUNGER, OLDER, ADULT
    }

    final CaseId caseId;
    final Instant asOf;
    final int size;
    final LegalEvent[] events;
    final EventType[] types;
    final Instant[] at;
    final CaseRole role;
    final OffenceClass offenceClass;
    final Boolean intentional;
    final Integer minPenaltyMonths;
    final Integer maxPenaltyMonths;
    final LocalDate offenceDay;
    /** The latest possible birth day over all claims (the youngest reading), or null with no claim. */
    final LocalDate birthDate;
    final Integer ageAtOffence;
    final boolean ageInDoubt;
    final RuleSetHistory history;
    final WorkingDays workingDays;
    private Spells spells;

    private CaseInput(CaseId caseId, Instant asOf, List<LegalEvent> active, CaseRole role, Offence offence,
                      LocalDate offenceDate, BirthDateClaim registeredClaim, RuleSetHistory history,
                      WorkingDays workingDays) {
        this.caseId = caseId;
        this.asOf = asOf;
        this.history = history;
        this.workingDays = workingDays;
        int count = 0;
        Instant[] instants = new Instant[active.size()];
        for (LegalEvent event : active) {
            Instant instant = event.at();
            if (instant.isAfter(asOf)) {
                break;
            }
            instants[count++] = instant;
        }
        this.size = count;
        this.at = instants;
        this.events = new LegalEvent[count];
        this.types = new EventType[count];
        for (int i = 0; i < count; i++) {
            events[i] = active.get(i);
            types[i] = events[i].type();
        }
        this.role = role;
        this.offenceClass = offence == null ? null : offence.offenceClass();
        this.intentional = offence == null ? null : offence.intentional();
        this.minPenaltyMonths = offence == null ? null : offence.minPenaltyMonths();
        this.maxPenaltyMonths = offence == null ? null : offence.maxPenaltyMonths();
        this.offenceDay = offenceDate != null ? offenceDate
                : count > 0 ? Deadlines.dayOf(at[0]) : Deadlines.dayOf(asOf);
        // The age with the benefit of the doubt, as AgeAssessment reads the claims (youngest credible reading;
        // in doubt without a documentary claim or when the claims' ranges do not overlap), in one pass.
        LocalDate latest = null;
        LocalDate earliestEnd = null;
        LocalDate latestStart = null;
        boolean documented = false;
        BirthDateClaim claim = registeredClaim;
        int next = 0;
        while (true) {
            if (claim != null) {
                LocalDate end = claim.latestPossible();
                LocalDate start = claim.earliestPossible();
                latest = latest == null || end.isAfter(latest) ? end : latest;
                earliestEnd = earliestEnd == null || end.isBefore(earliestEnd) ? end : earliestEnd;
                latestStart = latestStart == null || start.isAfter(latestStart) ? start : latestStart;
                documented |= claim.evidence().documentary();
            }
            claim = null;
            while (next < count && claim == null) {
                if (types[next] == EventType.AGE_CLAIM_RECORDED) {
                    claim = claimOf(events[next].attributes());
                }
                next++;
            }
            if (claim == null) {
                break;
            }
        }
        this.birthDate = latest;
        this.ageAtOffence = birthDate == null ? null : ageOn(offenceDay);
        this.ageInDoubt = latest == null || !documented || latestStart.isAfter(earliestEnd);
    }

    private static BirthDateClaim claimOf(Attributes a) {
        LocalDate date = a.date("birthDate").orElse(null);
        return date == null ? null : new BirthDateClaim(date, a.text("precision").map(Precision::valueOf).orElse(null),
                a.text("evidence").map(Evidence::valueOf).orElse(null));
    }

    /**
     * The input for a case: its live events in order (as {@code Timeline#active()} gives them; those after
     * {@code asOf} are ignored), role, offence and offence date, and the birth-date claim made at registration.
     */
    static CaseInput of(CaseId caseId, Instant asOf, List<LegalEvent> activeEvents, CaseRole role, Offence offence,
                        LocalDate offenceDate, BirthDateClaim registeredClaim, RuleSetHistory history,
                        WorkingDays workingDays) {
        return new CaseInput(caseId, asOf, activeEvents, role, offence, offenceDate, registeredClaim, history,
                workingDays);
    }

    RuleSet rules(Instant trigger) {
        return history.inForceAt(trigger);
    }

    /** Completed years on {@code day} by the youngest reading; null when no claim exists. */
    Integer ageOn(LocalDate day) {
        if (birthDate == null) {
            return null;
        }
        return day.isBefore(birthDate) ? 0 : Period.between(birthDate, day).getYears();
    }

    /** The age band at the offence under the ages of {@code rules}. */
    Band band(RuleSet rules) {
        if (ageAtOffence == null) {
            return Band.YOUNGER;
        }
        if (ageAtOffence < rules.get(Parameter.CRIMINAL_RESPONSIBILITY_AGE)) {
            return Band.UNDER_RESPONSIBILITY;
        }
        if (ageAtOffence < rules.get(Parameter.OLDER_BAND_AGE)) {
            return Band.YOUNGER;
        }
        return ageAtOffence < rules.get(Parameter.MAJORITY_AGE) ? Band.OLDER : Band.ADULT;
    }

    /** A child in conflict with the law who was a minor at the offence (or whose age is unknown). */
    boolean juvenileInConflict(RuleSet rules) {
        return role == CaseRole.CONFLICT_WITH_LAW && band(rules) != Band.ADULT;
    }

    /** Felony, or (benefit of the doubt) not known to be one: false. */
    boolean felony() {
        return offenceClass == OffenceClass.FELONY;
    }

    Attributes attributes(int index) {
        return events[index].attributes();
    }

    /** The text (or choice) attribute of an event, or null. */
    String text(int index, String name) {
        return events[index].attributes().asMap().get(name) instanceof String value ? value : null;
    }

    boolean isTrue(int index, String name) {
        return events[index].attributes().isTrue(name);
    }

    boolean isFalse(int index, String name) {
        return events[index].attributes().isFalse(name);
    }

    /** Whether the event is a notification of {@code party} (an attempt counts: JJL 18 requires both recorded). */
    boolean notifies(int index, String party) {
        return types[index] == EventType.NOTIFIED && party.equals(text(index, "party"));
    }

    /** The first event at or after {@code from} that is one of the given types, or -1. */
    int nextOf(int from, EventType a, EventType b) {
        for (int i = Math.max(0, from); i < size; i++) {
            if (types[i] == a || types[i] == b) {
                return i;
            }
        }
        return -1;
    }

    boolean is(int index, EventType type) {
        return types[index] == type;
    }

    /** Index of the first event of {@code type} at or after {@code from}, or -1. */
    int next(EventType type, int from) {
        for (int i = Math.max(0, from); i < size; i++) {
            if (types[i] == type) {
                return i;
            }
        }
        return -1;
    }

    int first(EventType type) {
        return next(type, 0);
    }

    boolean any(EventType type) {
        return first(type) >= 0;
    }

    Spells spells() {
        if (spells == null) {
            spells = Spells.of(this);
        }
        return spells;
    }
}
