package org.komar.statistics;

import java.time.Instant;

/**
 * A child deprived of liberty at the census moment, as the detention module's history says, placed on the
 * dimensions by the case's profile. {@code preSentence}: not finally sentenced; {@code sentenced}: serving a final
 * sentence; {@code detainedSince}: start of the continuous deprivation of liberty; {@code sentencedSince}: start of
 * the sentenced status; {@code separated}: wholly separated from adults (null when unknown); {@code familyContact}:
 * in contact with family in the three months before the census.
 */
record HeldChild(long childKey, int profile, boolean preSentence, boolean sentenced, Instant detainedSince,
                 Instant sentencedSince, Boolean separated, boolean familyContact) {
}
