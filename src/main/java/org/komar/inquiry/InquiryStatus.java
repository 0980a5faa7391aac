package org.komar.inquiry;

/** Where a version of the report stands: written and kept, or submitted to the authority that asked for it. */
@org.komar.shared.Labelled("inquiry.status.")
public enum InquiryStatus {
    DRAFT,
    SUBMITTED
}
