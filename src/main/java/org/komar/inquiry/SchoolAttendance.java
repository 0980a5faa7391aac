package org.komar.inquiry;

/** The child's schooling when the report is written. */
@org.komar.shared.Labelled("inquiry.school.")
public enum SchoolAttendance {
    REGULAR,
    IRREGULAR,
    DROPPED_OUT,
    NEVER_ENROLLED,
    VOCATIONAL_TRAINING
}
