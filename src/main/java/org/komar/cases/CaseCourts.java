package org.komar.cases;

/**
 * The court of each case, for figures counted per court: the agency that became a party as the trial court, else
 * the court of the investigating judge; the first one when there were several. Cases never before a court are left
 * out. Given as SQL, so that figures over a million cases are grouped in the database; identifiers only, callers
 * check what the reader may see.
 */
public final class CaseCourts {

    private CaseCourts() {
    }

    /**
     * A table of {@code (case_id, court_id)}, one row per case before a court, to join where figures are counted per
     * court: of every case when {@code ofCases} is null (national figures: one pass over the parties is cheaper than
     * looking each case up), else of the cases that subquery selects (a {@code SELECT} of case ids).
     */
    public static String table(String ofCases) {
        return "SELECT r.case_id, r.agency_id AS court_id FROM (SELECT p.case_id, p.agency_id, ROW_NUMBER() OVER"
                + " (PARTITION BY p.case_id ORDER BY CASE WHEN p.function = 'COURT' THEN 0 ELSE 1 END, p.since, p.id)"
                + " AS n FROM case_party p WHERE p.agency_id IS NOT NULL AND p.function IN ('COURT', 'INVESTIGATION')"
                + (ofCases == null ? "" : " AND p.case_id IN (" + ofCases + ")") + ") r WHERE r.n = 1";
    }
}
