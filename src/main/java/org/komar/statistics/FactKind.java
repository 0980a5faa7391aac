package org.komar.statistics;

/**
 * The moments of a case that statistics count, derived from its live events (see {@link CaseStatistics}). Stored
 * by name in {@code stat_fact.kind}.
 */
enum FactKind {
    /** An arrest (or, where no arrest is recorded, the start of police custody); aux: first contact with a lawyer. */
    ARREST,
    /** A sentence; flag: custodial and not suspended. */
    SENTENCE,
    /** Entry into a pre-sentence diversion measure (ordered diversion or a police warning); detail: by whom. */
    DIVERSION,
    /** A death in detention. */
    DEATH,
    /** A release from a facility; aux: the first aftercare after it. */
    RELEASE,
    /** A visit by, a call with, or home leave to parents, guardian or an adult family member. */
    FAMILY_CONTACT,
    /** A hearing; flag: held in camera; detail: the court. */
    HEARING,
    /**
     * A referral to another agency; flag: accepted by the census moment; aux: closed with the service completed.
     * Read from the referral module when counting, never stored in {@code stat_fact}.
     */
    REFERRAL
}
