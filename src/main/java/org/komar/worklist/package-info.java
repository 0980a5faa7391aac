/**
 * Worklists: each person's alerts, derived from the safeguards engine and shown within their data scope. A read model
 * ({@code worklist_alert}) holds every case's current breaches, rules that failed to evaluate, and deadlines with
 * their due moment; it is refreshed inside the transaction that records or voids an event (listening to
 * {@code LegalEventRecorded}, {@code LegalEventVoided} and {@code ChildCorrected}) and by a scheduled sweep that turns
 * deadlines that have passed into breaches, so that no request judges every case in scope.
 *
 * <p>Public face: {@link org.komar.worklist.Worklist} (the worklist page and API, acknowledgements, the home page's
 * counts). The page {@code /worklist}, its home panel, and {@code GET /api/v1/worklist} list breaches first (the
 * longest-standing first), then deadlines within {@code komar.worklist.horizon} (the soonest first), with filters by
 * rule, province, kind, acknowledged and escalated. A breach is acknowledged once, with a note, who and when
 * ({@code POST /api/v1/cases/{id}/safeguards/{rule}/acknowledgement}; audited; a second or concurrent one is a
 * conflict), and stays on record and on the case page's safeguards section. {@link org.komar.worklist.LibertyWatch}
 * ({@code /worklist/liberty}) shows the children held right now past a legal limit or within 24 hours of one, by
 * province, each leading to the case within scope (national numbers only for statisticians). Breaches nobody
 * acknowledged within {@code komar.worklist.escalate-after} escalate ({@code Escalations}, run by the sweep) to the
 * supervisors ({@code ALERT_SUPERVISE}) whose scope covers the case. {@code AlertMail} mails new breaches, deadlines
 * within 24 hours and escalations ({@code komar.mail.*}, off by default) to the people in scope with an address,
 * once per alert and person, with the case number and a link only, never a child's name or data. See
 * docs/safeguards.md.
 */
package org.komar.worklist;
