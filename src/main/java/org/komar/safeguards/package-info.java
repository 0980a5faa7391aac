/**
 * Safeguards: the law's protections for children (LAW.md table 1.13: Juvenile Justice Law, Code of Criminal Procedure,
 * Law on Prisons) and policy targets beyond the law (codes {@code POL-…}), as deadlines and checks evaluated for a
 * case as of any moment.
 *
 * <p>Public face, for other modules (worklists, detention, statistics):
 * <ul>
 *   <li>{@link org.komar.safeguards.Safeguards}: evaluate one case for a person (scope-checked, audited), many cases
 *   at once for derived views ({@code evaluateAll}, unscoped and unaudited: show results only through scoped reads),
 *   or a case whose timeline and facts the caller holds; {@code libertyLimitRules()} names the rules that limit
 *   deprivation of liberty.</li>
 *   <li>{@link org.komar.safeguards.CaseSafeguards} and {@link org.komar.safeguards.SafeguardResult}: per rule a
 *   status ({@link org.komar.safeguards.SafeguardStatus}: {@code MET}, {@code PENDING} with {@code dueAt},
 *   {@code BREACHED} with {@code breachedAt}, {@code NOT_APPLICABLE}, or {@code ERROR} when the rule failed), the
 *   legal basis, a message key with arguments, and {@code heldBeyondLimit} when the child is still held past a limit
 *   on deprivation of liberty.</li>
 *   <li>{@link org.komar.safeguards.SafeguardMessages}: a result's message and a rule's title in the reader's
 *   language.</li>
 * </ul>
 *
 * <p>Inside: one plain-Java class per rule (no I/O, no framework), all listed in {@code SafeguardRules}; each judges
 * with the versioned rule set ({@link org.komar.safeguards.RuleSet}) in force at its triggering event, uses the age at
 * the offence with the benefit of the doubt, and computes time with {@code org.komar.calendar.Deadlines}: limits on
 * deprivation of liberty run from the exact instant and never stretch over a weekend or holiday; procedural limits
 * end at 24:00 of their last day in Phnom Penh and roll past weekends and public holidays (CPC Art. 231, 293). A rule
 * that throws yields an {@code ERROR} result, never silence. Rule sets are kept in the database, edited by
 * administrators at {@code /admin/safeguards} (a new version each time, audited). The case page shows the live clocks
 * and breaches; {@code GET /api/v1/cases/{id}/safeguards?asOf=} answers in the shape of ARCHITECTURE.md.
 */
package org.komar.safeguards;
