package org.komar.statistics;

import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;

import org.komar.cases.CaseRole;
import org.komar.cases.CaseSituation;
import org.komar.cases.OffenceClass;
import org.komar.cases.OffenceCode;
import org.komar.child.AgeAssessment;
import org.komar.child.BirthDateClaim;
import org.komar.child.Ethnicity;
import org.komar.shared.Cambodia;
import org.komar.shared.CaseId;
import org.komar.shared.ChildId;
import org.komar.timeline.LegalEvent;
import org.komar.timeline.Timeline;

/**
 * What statistics need to know about a case and its child to place it on every {@link Dimension}: no names.
 * The age band is the child's age at the offence (JJL Art. 9), by the youngest credible reading of every
 * birth-date claim, the one made at registration and those recorded on the timeline.
 */
record CaseSubject(CaseId caseId, ChildId childId, CaseRole role, OffenceCode offenceCode, OffenceClass offenceClass,
                   String province, String sex, boolean disability, Ethnicity ethnicity, String nationality,
                   BirthDateClaim registeredClaim, LocalDate offenceDate) {

    Profile profile(Timeline timeline) {
        Map<Dimension, String> values = new EnumMap<>(Dimension.class);
        values.put(Dimension.SEX, sex);
        values.put(Dimension.AGE_BAND, ageBand(timeline));
        values.put(Dimension.PROVINCE, province);
        values.put(Dimension.OFFENCE_CLASS, offenceClass == null ? "NONE" : offenceClass.name());
        values.put(Dimension.DRUG, offenceCode != null && offenceCode.drug() ? "YES" : "NO");
        values.put(Dimension.DISABILITY, disability ? "YES" : "NO");
        values.put(Dimension.ETHNICITY, ethnicityGroup(ethnicity));
        values.put(Dimension.NATIONALITY, nationalityGroup(nationality));
        values.put(Dimension.ROLE, role.name());
        return Profile.of(values);
    }

    /** When the matter began: the offence date, else the first event (for re-offending after a release). */
    Optional<Instant> startedAt(Timeline timeline) {
        if (offenceDate != null) {
            return Optional.of(offenceDate.atStartOfDay(Cambodia.ZONE).toInstant());
        }
        return timeline.active().stream().findFirst().map(LegalEvent::at);
    }

    String ageBand(Timeline timeline) {
        AgeAssessment age = CaseSituation.ageAssessment(timeline, Optional.ofNullable(registeredClaim));
        LocalDate day = offenceDate != null ? offenceDate : timeline.active().stream().findFirst()
                .map(event -> LocalDate.ofInstant(event.at(), Cambodia.ZONE)).orElse(null);
        if (day == null) {
            return "UNKNOWN";
        }
        return age.ageOn(day).map(CaseSubject::band).orElse("UNKNOWN");
    }

    static String band(int age) {
        if (age < 14) {
            return "UNDER_14";
        }
        if (age < 16) {
            return "AGE_14_15";
        }
        return age < 18 ? "AGE_16_17" : "AGE_18_PLUS";
    }

    static String ethnicityGroup(Ethnicity ethnicity) {
        if (ethnicity == null || ethnicity == Ethnicity.UNKNOWN) {
            return "UNKNOWN";
        }
        if (ethnicity.indigenous()) {
            return "INDIGENOUS";
        }
        return switch (ethnicity) {
            case KHMER, CHAM, VIETNAMESE -> ethnicity.name();
            default -> "OTHER";
        };
    }

    static String nationalityGroup(String nationality) {
        if (nationality == null || nationality.isBlank() || "UNKNOWN".equals(nationality)) {
            return "UNKNOWN";
        }
        if ("STATELESS".equals(nationality)) {
            return "STATELESS";
        }
        return "KH".equals(nationality) ? "CAMBODIAN" : "FOREIGN";
    }
}
