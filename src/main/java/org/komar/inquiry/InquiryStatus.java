package org.komar.inquiry;

/**
 * Where a version of the report stands: written and kept, or submitted to the authority that asked for it. A
 * submission whose event was voided on the timeline (recorded in error) reads as {@link #SUBMISSION_VOIDED}: derived
 * when the report is read, never stored, as the voiding can be seen on the timeline only.
 */
@org.komar.shared.Labelled("inquiry.status.")
public enum InquiryStatus {
    DRAFT,
    SUBMITTED,
    SUBMISSION_VOIDED
}
