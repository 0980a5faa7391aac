/**
 * Cases: one child's matter in one role, with its offence, place, readable case number and the agencies and people
 * who answer for it. Holds the single access policy ({@link org.komar.cases.CaseAccessPolicy}) that decides which
 * cases and children an actor may see, applied inside every query. Recording on and voiding from a case's timeline
 * go through {@link org.komar.cases.CaseService}, which checks permission, event-type role and scope, and audits.
 * The current situation shown at the top of a case is derived from the timeline ({@link
 * org.komar.cases.CaseSituation}). Bulk paths for the exchange module: {@link org.komar.cases.CaseImports} checks
 * whole case bundles with the same rules and stores them in batches; {@link org.komar.cases.CaseExports} reads the
 * cases in scope page by page, audited case by case.
 */
package org.komar.cases;
