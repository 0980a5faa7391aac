package org.komar.cases;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.komar.child.AgeAssessment;
import org.komar.child.BirthDateClaim;
import org.komar.child.Evidence;
import org.komar.child.Precision;
import org.komar.shared.Cambodia;
import org.komar.timeline.EventType;
import org.komar.timeline.LegalEvent;
import org.komar.timeline.Timeline;

/**
 * Where a case stands at a moment, derived from its timeline and the child's birth-date claims: whether the child
 * is in police custody, pre-trial detention or a facility and since when, the stage reached, and the child's age
 * now and at the offence (youngest credible reading). Pure: the same inputs always give the same situation.
 */
public record CaseSituation(Instant asOf, boolean closed, Stage stage, Instant custodySince,
                            Instant pretrialDetentionSince, String facility, Instant placedSince,
                            boolean underJudicialSupervision, Integer ageNow, Integer ageAtOffence,
                            Integer oldestAgeAtOffence, boolean ageInDoubt) {

    /** The furthest point the case has reached, for lists and the case header. */
    @org.komar.shared.Labelled("stage.")
    public enum Stage {
        REGISTERED, POLICE, PROSECUTION, DIVERSION, INVESTIGATION, TRIAL, SENTENCED, APPEAL, AFTERCARE, CLOSED
    }

    public boolean inCustody() {
        return custodySince != null;
    }

    public boolean inPretrialDetention() {
        return pretrialDetentionSince != null;
    }

    public boolean deprivedOfLiberty() {
        return custodySince != null || pretrialDetentionSince != null || facility != null;
    }

    /** Derives the situation as of {@code asOf} from events that had happened by then. */
    public static CaseSituation derive(Timeline fullTimeline, Optional<BirthDateClaim> registeredClaim,
                                       LocalDate offenceDate, Instant asOf) {
        Timeline timeline = fullTimeline.asOf(asOf);
        Instant custodySince = null;
        Instant pretrialSince = null;
        String facility = null;
        Instant placedSince = null;
        boolean supervision = false;
        boolean closed = false;
        Stage stage = Stage.REGISTERED;
        for (LegalEvent event : timeline.active()) {
            switch (event.type()) {
                case ARRESTED, CUSTODY_STARTED, INTERROGATED, POLICE_WARNING, CONTACT_REGISTERED -> {
                    if (event.is(EventType.CUSTODY_STARTED) && custodySince == null) {
                        custodySince = event.at();
                    }
                    stage = later(stage, Stage.POLICE);
                }
                case CUSTODY_ENDED -> custodySince = null;
                case REFERRED_TO_PROSECUTOR -> stage = later(stage, Stage.PROSECUTION);
                case DIVERSION_ORDERED, DIVERSION_PLAN_DECIDED -> stage = later(stage, Stage.DIVERSION);
                case CHARGED -> stage = later(stage, Stage.INVESTIGATION);
                case PRETRIAL_DETENTION_ORDERED -> {
                    if (pretrialSince == null) {
                        pretrialSince = event.at();
                    }
                    custodySince = null;
                    stage = later(stage, Stage.INVESTIGATION);
                }
                case PRETRIAL_DETENTION_ENDED -> pretrialSince = null;
                case JUDICIAL_SUPERVISION_ORDERED -> supervision = true;
                case JUDICIAL_SUPERVISION_ENDED -> supervision = false;
                case CLOSING_ORDER, HEARING_HELD -> stage = later(stage, Stage.TRIAL);
                case VERDICT, SENTENCED -> {
                    stage = later(stage, Stage.SENTENCED);
                    pretrialSince = event.is(EventType.SENTENCED) ? null : pretrialSince;
                }
                case APPEAL_FILED, APPEAL_FILE_TRANSMITTED, APPEAL_HEARD -> stage = later(stage, Stage.APPEAL);
                case PLACED -> {
                    facility = event.attributes().text("facility").orElse(null);
                    placedSince = event.at();
                    custodySince = null;
                }
                case TRANSFERRED -> {
                    facility = event.attributes().text("to").orElse(facility);
                    placedSince = placedSince == null ? event.at() : placedSince;
                }
                case RELEASED, DIED_IN_DETENTION -> {
                    facility = null;
                    placedSince = null;
                    pretrialSince = null;
                    custodySince = null;
                }
                case AFTERCARE_STARTED -> stage = later(stage, Stage.AFTERCARE);
                case CASE_CLOSED -> closed = true;
                default -> {
                    // Other events do not change where the child is or the stage reached.
                }
            }
        }
        if (closed) {
            stage = Stage.CLOSED;
        }
        AgeAssessment age = ageAssessment(fullTimeline, registeredClaim);
        LocalDate today = LocalDate.ofInstant(asOf, Cambodia.ZONE);
        LocalDate offenceDay = offenceDate != null ? offenceDate
                : timeline.first(EventType.values()).map(e -> e.occurredAt().atZoneSameInstant(Cambodia.ZONE)
                        .toLocalDate()).orElse(today);
        return new CaseSituation(asOf, closed, stage, custodySince, pretrialSince, facility, placedSince,
                supervision, age.ageOn(today).orElse(null), age.ageOn(offenceDay).orElse(null),
                age.oldestAgeOn(offenceDay).orElse(null), age.inDoubt());
    }

    /** The child's birth-date claims: the one made at registration plus every live AGE_CLAIM_RECORDED event. */
    public static AgeAssessment ageAssessment(Timeline timeline, Optional<BirthDateClaim> registeredClaim) {
        List<BirthDateClaim> claims = new ArrayList<>();
        registeredClaim.ifPresent(claims::add);
        for (LegalEvent claim : timeline.ofType(EventType.AGE_CLAIM_RECORDED)) {
            claim.attributes().date("birthDate").ifPresent(date -> claims.add(new BirthDateClaim(date,
                    claim.attributes().text("precision").map(Precision::valueOf).orElse(Precision.DAY),
                    claim.attributes().text("evidence").map(Evidence::valueOf).orElse(Evidence.NONE))));
        }
        return new AgeAssessment(claims);
    }

    private static Stage later(Stage current, Stage candidate) {
        return candidate.ordinal() > current.ordinal() ? candidate : current;
    }
}
