package org.komar.access;

/** What a role allows. Checked by name as a Spring Security authority; data scope is checked separately. */
public enum Permission {
    /** Register a child and correct the child's details. */
    CHILD_WRITE,
    /** Read children and cases within scope (names included). */
    CASE_READ,
    /** Open a case for a child. */
    CASE_OPEN,
    /** Append events to timelines within scope (which event types: see {@code EventType#recordableBy}). */
    EVENT_RECORD,
    /** Void an event with a reason. */
    EVENT_VOID,
    /** Aggregate figures only; never a name. */
    STATISTICS_READ,
    /** Manage users and agencies. */
    USER_ADMIN,
    /** Manage reference data: facilities, rule sets, holidays, gazetteer. */
    REFERENCE_ADMIN,
    /** Search the audit trail. */
    AUDIT_READ,
    /** Record trial-monitoring checklists for hearings assigned to the monitor. */
    HEARING_MONITOR,
    /** Schedule, hold and postpone a court's hearings, and admit trial monitors to them (within case scope). */
    HEARING_SCHEDULE,
    /** Make aftercare plans at release and record the contacts and services that follow (within case scope). */
    AFTERCARE_PLAN,
    /** Write and submit the social inquiry report of a case (within case scope); readers need only CASE_READ. */
    SOCIAL_INQUIRY_WRITE,
    /** Write the versions of a diversion plan for a case's diversion order (within case scope). */
    DIVERSION_PLAN_WRITE,
    /**
     * Run the child-justice network: the directory of organisations and their focal people, capacity building
     * (sessions, attendance, certificates) and the surveys the coordinator's agency organises. No case data.
     */
    NETWORK_COORDINATE,
    /**
     * Load case bundles (child, case, timeline) in bulk from NDJSON: the API, the import page and the command. The
     * importer writes children, cases and events without holding the case permissions: bulk loading is a
     * migration task of the administrator, audited per import and per committed chunk of lines.
     */
    DATA_IMPORT,
    /**
     * Receive the breaches of safeguards that nobody acknowledged in time, escalated to the supervisors whose data
     * scope covers the case (see the worklist module).
     */
    ALERT_SUPERVISE
}
