package org.komar.statistics;

import java.time.Instant;

/**
 * A stretch of a case during which the child was deprived of liberty in one legal status, as the detention module
 * derives it. {@code until} is null while it lasts; {@code detainedSince} is when the continuous deprivation of
 * liberty began (transfers do not break it), {@code statusSince} when this status began; {@code separated} is null
 * when not recorded.
 */
record Spell(Instant since, Instant until, Status status, Boolean separated, Instant detainedSince,
             Instant statusSince) {

    /** Why the child is held, as far as the indicators distinguish. */
    enum Status {
        /** Not finally sentenced: police custody, pre-trial detention, convicted while an appeal is pending. */
        PRE_SENTENCE,
        /** Serving a final custodial sentence. */
        SENTENCED,
        /** Held with no recorded order (e.g. after an acquittal, before the release is recorded). */
        OTHER
    }
}
