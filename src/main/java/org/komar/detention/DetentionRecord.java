package org.komar.detention;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;

import org.komar.cases.CaseRole;
import org.komar.child.AgeAssessment;
import org.komar.shared.Cambodia;
import org.komar.shared.CaseId;
import org.komar.timeline.EventType;
import org.komar.timeline.LegalEvent;
import org.komar.timeline.Timeline;

/**
 * One case's deprivation of liberty as of a moment, for rolls and case pages: where and why the child is held (the
 * {@code current} stay, null when not held), for how long, the sentence and its dates, the birthdays that matter,
 * the last family contact. Derived by {@link #of}, a pure function of its inputs.
 *
 * <ul>
 *   <li>{@code detainedSince} is the start of the continuous stay; {@code daysHeld} counts whole days from it.</li>
 *   <li>A custodial sentence runs from the first day the child was deprived of liberty in this case (police custody
 *   and pre-trial detention count towards it); days at liberty between stays push its end back. {@code releaseDue}
 *   is the day it ends; {@code conditionalReleaseFrom} the day conditional release may be asked for (JJL 72: after a
 *   third of a sentence of one year or less, after half of a longer one).</li>
 *   <li>Birthdays by the youngest credible reading of the birth-date claims (JJL 9): 18 (majority), 24 (a child
 *   sentenced as a juvenile leaves the youth rehabilitation centre, JJL 82), and 3 for a child living with a parent
 *   in prison (Law on Prisons 41).</li>
 * </ul>
 */
public record DetentionRecord(CaseId caseId, CaseRole role, Instant asOf, List<Stay> stays, Stay current,
                              Instant detainedSince, long daysHeld, Integer sentenceMonths, LocalDate sentenceStart,
                              LocalDate releaseDue, LocalDate conditionalReleaseFrom, LocalDate birthDate,
                              boolean ageInDoubt, Integer age, Instant lastFamilyContact) {

    /** Conditional release after a third of a sentence up to this many months, after half of a longer one. */
    static final int SHORT_SENTENCE_MONTHS = 12;

    public DetentionRecord {
        stays = List.copyOf(stays);
    }

    public static DetentionRecord of(CaseId caseId, CaseRole role, Timeline timeline, List<Stay> stays,
                                     AgeAssessment age, Instant asOf) {
        Stay current = stays.stream().filter(stay -> stay.covers(asOf)).findFirst().orElse(null);
        LocalDate today = LocalDate.ofInstant(asOf, Cambodia.ZONE);
        Timeline then = timeline.asOf(asOf);
        Optional<LegalEvent> sentence = then.last(EventType.SENTENCED)
                .filter(e -> e.attributes().isTrue("custodial") && !e.attributes().isTrue("suspended"))
                .filter(e -> e.attributes().integer("months").isPresent());
        boolean sentenceInForce = sentence.isPresent() && then.after(sentence.get().at(), EventType.VERDICT).stream()
                .noneMatch(v -> !"CONVICTED".equals(v.attributes().text("outcome").orElse(null)));
        Integer months = sentenceInForce ? sentence.get().attributes().integer("months").get() : null;
        LocalDate start = null;
        LocalDate releaseDue = null;
        LocalDate conditional = null;
        if (months != null && months > 0) {
            List<Stay> deprived = stays.stream().filter(Stay::deprivedOfLiberty)
                    .filter(stay -> !stay.since().isAfter(asOf)).toList();
            if (!deprived.isEmpty()) {
                start = LocalDate.ofInstant(deprived.get(0).since(), Cambodia.ZONE);
                long gapDays = 0;
                for (int i = 1; i < deprived.size(); i++) {
                    Instant previousEnd = deprived.get(i - 1).until();
                    if (previousEnd != null && deprived.get(i).since().isAfter(previousEnd)) {
                        gapDays += ChronoUnit.DAYS.between(LocalDate.ofInstant(previousEnd, Cambodia.ZONE),
                                LocalDate.ofInstant(deprived.get(i).since(), Cambodia.ZONE));
                    }
                }
                LocalDate end = start.plusMonths(months);
                long sentenceDays = ChronoUnit.DAYS.between(start, end);
                long eligibleAfter = months <= SHORT_SENTENCE_MONTHS ? ceilDiv(sentenceDays, 3)
                        : ceilDiv(sentenceDays, 2);
                releaseDue = end.plusDays(gapDays);
                conditional = start.plusDays(eligibleAfter + gapDays);
            }
        }
        Instant lastContact = then.last(EventType.FAMILY_CONTACT).map(LegalEvent::at).orElse(null);
        Instant detainedSince = current == null ? null : current.detainedSince();
        long days = detainedSince == null ? 0 : Duration.between(detainedSince, asOf).toDays();
        return new DetentionRecord(caseId, role, asOf, stays, current, detainedSince, days, months, start, releaseDue,
                conditional, age.assumedBirthDate().orElse(null), age.inDoubt(), age.ageOn(today).orElse(null),
                lastContact);
    }

    private static long ceilDiv(long a, long b) {
        return (a + b - 1) / b;
    }

    public boolean held() {
        return current != null;
    }

    public boolean deprivedOfLiberty() {
        return current != null && current.deprivedOfLiberty();
    }

    public LocalDate today() {
        return LocalDate.ofInstant(asOf, Cambodia.ZONE);
    }

    public Optional<LocalDate> birthday(int years) {
        return Optional.ofNullable(birthDate).map(birth -> birth.plusYears(years));
    }

    public Optional<LocalDate> turns18() {
        return birthday(18);
    }

    public Optional<LocalDate> turns24() {
        return birthday(24);
    }

    /** For a child living with a parent: the third birthday, by which the child must leave (Law on Prisons 41). */
    public Optional<LocalDate> turns3() {
        return birthday(3);
    }

    /** Days from {@code asOf} to the day (negative when past). */
    public long daysTo(LocalDate day) {
        return ChronoUnit.DAYS.between(today(), day);
    }

    public Long daysToRelease() {
        return releaseDue == null ? null : daysTo(releaseDue);
    }

    /** A family visit, call or home leave in the three months up to {@code asOf} (indicator 8). */
    public boolean familyContactWithinThreeMonths() {
        return lastFamilyContact != null && lastFamilyContact.isAfter(asOf.atZone(Cambodia.ZONE).minusMonths(3)
                .toInstant());
    }

    /** The stays before the current one (or all of them when not held), newest first. */
    public List<Stay> earlierStays() {
        return stays.stream().filter(stay -> stay != current && !stay.since().isAfter(asOf))
                .sorted((a, b) -> b.since().compareTo(a.since())).toList();
    }
}
