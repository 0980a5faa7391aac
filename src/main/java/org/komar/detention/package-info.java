/**
 * Deprivation of liberty: who is held where, since when, in what legal status and in what conditions, derived from
 * the timelines ({@link org.komar.detention.DetentionHistory}, pure, for any moment past or present) and kept as a
 * read model in the transaction that changes a timeline. Holds each facility's roll, the national census of children
 * deprived of liberty with the lists behind its numbers (within the viewer's scope; statisticians see numbers only),
 * the dates coming up (release, conditional release, 18th and 24th birthdays, a child living with a mother turning
 * three, with the exit plan), family contact, complaints, incidents and deaths per facility, and the
 * {@code /api/v1/detention} census. Whether a child is held past a legal limit comes from the safeguards engine.
 */
package org.komar.detention;
