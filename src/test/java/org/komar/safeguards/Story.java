package org.komar.safeguards;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.komar.access.UserId;
import org.komar.calendar.WorkingDays;
import org.komar.cases.CaseRole;
import org.komar.cases.Offence;
import org.komar.cases.OffenceClass;
import org.komar.cases.OffenceCode;
import org.komar.child.BirthDateClaim;
import org.komar.child.Evidence;
import org.komar.child.Precision;
import org.komar.shared.CaseId;
import org.komar.timeline.Attributes;
import org.komar.timeline.EventId;
import org.komar.timeline.EventType;
import org.komar.timeline.LegalEvent;
import org.komar.timeline.Timeline;

/**
 * A child's case told as a story, for the pure rule tests: who the child is (age at the offence, offence class), then
 * what happened, at Phnom Penh times written {@code "2026-03-02T08:00"}. Evaluated with the law's rule set and a
 * calendar holding Khmer New Year 2026 (14-16 April) and 1 May 2026 as public holidays.
 */
final class Story {

    /** Public holidays the stories know: Khmer New Year 2026 (Tue 14 - Thu 16 April) and Labour Day (Fri 1 May). */
    static final WorkingDays HOLIDAYS = new WorkingDays(List.of(LocalDate.of(2026, 4, 14), LocalDate.of(2026, 4, 15),
            LocalDate.of(2026, 4, 16), LocalDate.of(2026, 5, 1)));

    private static final UserId RECORDER = new UserId(UUID.randomUUID());

    private final CaseId caseId = CaseId.random();
    private final List<LegalEvent> events = new ArrayList<>();
    private CaseRole role = CaseRole.CONFLICT_WITH_LAW;
    private OffenceClass offenceClass;
    private Boolean intentional = true;
    private Integer minPenalty = 6;
    private Integer maxPenalty = 24;
    private LocalDate offenceDate;
    private BirthDateClaim birth;
    private RuleSetHistory history = RuleSetHistory.lawOnly();
    private WorkingDays workingDays = HOLIDAYS;

    private Story(int age, OffenceClass offenceClass, LocalDate offenceDate) {
        this.offenceClass = offenceClass;
        this.offenceDate = offenceDate;
        this.birth = age < 0 ? null : new BirthDateClaim(offenceDate.minusYears(age).minusDays(100), Precision.DAY,
                Evidence.BIRTH_CERTIFICATE);
    }

    /** A child of {@code age} at an offence of {@code offenceClass} committed on {@code offenceDate}. */
    static Story aChildAged(int age, OffenceClass offenceClass, String offenceDate) {
        return new Story(age, offenceClass, LocalDate.parse(offenceDate));
    }

    /** A child whose age nobody has recorded. */
    static Story aChildOfUnknownAge(OffenceClass offenceClass, String offenceDate) {
        return new Story(-1, offenceClass, LocalDate.parse(offenceDate));
    }

    /** Arrested and taken into custody at {@code at}, for an offence committed that day. */
    static Story aFifteenYearOldArrestedFor(OffenceClass offence, String at) {
        return arrested(15, offence, at);
    }

    static Story aFourteenYearOldArrestedFor(OffenceClass offence, String at) {
        return arrested(14, offence, at);
    }

    static Story aSixteenYearOldArrestedFor(OffenceClass offence, String at) {
        return arrested(16, offence, at);
    }

    static Story aSeventeenYearOldArrestedFor(OffenceClass offence, String at) {
        return arrested(17, offence, at);
    }

    static Story aThirteenYearOldArrestedFor(OffenceClass offence, String at) {
        return arrested(13, offence, at);
    }

    private static Story arrested(int age, OffenceClass offence, String at) {
        return aChildAged(age, offence, at.substring(0, 10))
                .then(EventType.ARRESTED, at, "flagrant", true)
                .then(EventType.CUSTODY_STARTED, at, "separatedFromAdults", true, "separatedBySex", true,
                        "onJuvenileList", true);
    }

    /** A child of {@code age} placed in pre-trial detention at {@code at} (after custody from 24 hours before). */
    static Story aChildDetainedBeforeTrial(int age, OffenceClass offence, String at) {
        OffsetDateTime ordered = time(at);
        String arrested = ordered.minusHours(20).toLocalDateTime().toString();
        return arrested(age, offence, arrested)
                .then(EventType.SOCIAL_INQUIRY_SUBMITTED, arrested, "sufficient", true)
                .then(EventType.PRETRIAL_DETENTION_ORDERED, at, "facility", "CC2",
                        "grounds", List.of("ENSURE_PRESENCE"), "reasoned", true);
    }

    Story then(EventType type, String at, Object... attributes) {
        Map<String, Object> map = new LinkedHashMap<>();
        for (int i = 0; i < attributes.length; i += 2) {
            map.put((String) attributes[i], attributes[i + 1]);
        }
        OffsetDateTime when = time(at);
        events.add(new LegalEvent(new EventId(UUID.randomUUID()), caseId, events.size() + 1, type, when,
                when.toInstant(), RECORDER, Attributes.from(map), null));
        return this;
    }

    Story unintentional() {
        intentional = false;
        return this;
    }

    Story intentionUnknown() {
        intentional = null;
        return this;
    }

    Story penalties(Integer minMonths, Integer maxMonths) {
        minPenalty = minMonths;
        maxPenalty = maxMonths;
        return this;
    }

    Story as(CaseRole caseRole) {
        role = caseRole;
        return this;
    }

    Story bornOn(String day) {
        birth = new BirthDateClaim(LocalDate.parse(day), Precision.DAY, Evidence.BIRTH_CERTIFICATE);
        return this;
    }

    Story declaredBornIn(int year) {
        birth = new BirthDateClaim(LocalDate.of(year, 6, 1), Precision.YEAR, Evidence.DECLARATION);
        return this;
    }

    Story judgedBy(RuleSetHistory rules) {
        history = rules;
        return this;
    }

    Story withCalendar(WorkingDays calendar) {
        workingDays = calendar;
        return this;
    }

    /** The one rule's verdict as of {@code asOf}. */
    SafeguardResult judge(String rule, String asOf) {
        return judge(rule, at(asOf));
    }

    SafeguardResult judge(String rule, Instant asOf) {
        SafeguardRule found = SafeguardRules.byCode(rule);
        if (found == null) {
            throw new IllegalArgumentException("no rule " + rule);
        }
        return found.evaluate(input(asOf));
    }

    CaseSafeguards evaluate(String asOf) {
        return new CaseSafeguards(caseId, at(asOf), SafeguardEngine.standard().evaluate(input(at(asOf))));
    }

    CaseInput input(Instant asOf) {
        Timeline timeline = new Timeline(caseId, events.size(), events);
        Offence offence = offenceClass == null ? null
                : new Offence(OffenceCode.values()[0], offenceClass, intentional, minPenalty, maxPenalty);
        return CaseInput.of(caseId, asOf, timeline.active(), role, offence, offenceDate, birth, history, workingDays);
    }

    Timeline timeline() {
        return new Timeline(caseId, events.size(), events);
    }

    static OffsetDateTime time(String local) {
        return OffsetDateTime.parse(local + (local.length() == 16 ? ":00" : "") + "+07:00");
    }

    static Instant at(String local) {
        return time(local).toInstant();
    }
}
