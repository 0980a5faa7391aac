package org.komar.inquiry;

import java.time.Instant;
import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import java.util.UUID;

import org.komar.access.UserId;
import org.komar.shared.CaseId;
import org.komar.shared.ChildId;

/**
 * One version of a case's social inquiry report, as its writer saved it: the sections' texts, the structured
 * answers, the version it was based on, the request it answers and, once submitted, the timeline event that records
 * the submission. Versions are never changed; a new save is a new version.
 */
public record SocialInquiry(UUID id, CaseId caseId, ChildId childId, int version, Integer basedOn,
                            InquiryStatus status, UUID requestEventId, UUID submittedEventId,
                            Map<Section, String> sections, LivingWith livesWith, SchoolAttendance schoolAttendance,
                            Integer lastGrade, Boolean recommendsDiversion, Boolean recommendsNonCustodial,
                            UserId writtenBy, Instant writtenAt) {

    public SocialInquiry {
        EnumMap<Section, String> copy = new EnumMap<>(Section.class);
        sections.forEach((section, text) -> {
            if (text != null && !text.isBlank()) {
                copy.put(section, text);
            }
        });
        sections = Collections.unmodifiableMap(copy);
    }

    /** A section's text, or null when the writer left it empty. */
    public String text(Section section) {
        return sections.get(section);
    }

    public boolean submitted() {
        return status == InquiryStatus.SUBMITTED;
    }

    /** This version as read once the event that recorded its submission was voided: no longer submitted. */
    SocialInquiry submissionVoided() {
        return new SocialInquiry(id, caseId, childId, version, basedOn, InquiryStatus.SUBMISSION_VOIDED,
                requestEventId, submittedEventId, sections, livesWith, schoolAttendance, lastGrade,
                recommendsDiversion, recommendsNonCustodial, writtenBy, writtenAt);
    }
}
