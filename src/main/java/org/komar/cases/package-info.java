/**
 * Cases: one child's matter in one role, with its offence, place, readable case number and the agencies and people
 * who answer for it. Holds the single access policy ({@link org.komar.cases.CaseAccessPolicy}) that decides which
 * cases and children an actor may see, applied inside every query. Recording on and voiding from a case's timeline
 * go through {@link org.komar.cases.CaseService}, which checks permission, event-type role and scope, and audits.
 * The current situation shown at the top of a case is derived from the timeline ({@link
 * org.komar.cases.CaseSituation}).
 */
package org.komar.cases;
