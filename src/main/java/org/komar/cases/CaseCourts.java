package org.komar.cases;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.komar.access.AgencyId;
import org.komar.shared.CaseId;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The court of each case, for figures counted per court: the agency that became a party as the trial court, else
 * the court of the investigating judge; the first one when there were several. Cases never before a court are left
 * out. Identifiers only: callers check what the reader may see.
 */
@Service
public class CaseCourts {

    private static final int CHUNK = 1000;

    private final JdbcClient jdbc;

    CaseCourts(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Transactional(readOnly = true)
    public Map<CaseId, AgencyId> of(Collection<CaseId> caseIds) {
        List<UUID> ids = caseIds.stream().map(CaseId::value).distinct().toList();
        Map<CaseId, AgencyId> courts = new HashMap<>();
        Map<CaseId, AgencyId> investigating = new HashMap<>();
        for (int from = 0; from < ids.size(); from += CHUNK) {
            List<UUID> chunk = new ArrayList<>(ids.subList(from, Math.min(ids.size(), from + CHUNK)));
            jdbc.sql("SELECT case_id, agency_id, function FROM case_party WHERE case_id IN (:ids)"
                            + " AND agency_id IS NOT NULL AND function IN ('COURT', 'INVESTIGATION') ORDER BY since, id")
                    .param("ids", chunk)
                    .query(rs -> {
                        CaseId caseId = new CaseId(rs.getObject(1, UUID.class));
                        AgencyId agency = new AgencyId(rs.getObject(2, UUID.class));
                        (PartyFunction.COURT.name().equals(rs.getString(3)) ? courts : investigating)
                                .putIfAbsent(caseId, agency);
                    });
        }
        investigating.forEach(courts::putIfAbsent);
        return courts;
    }
}
