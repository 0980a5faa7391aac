package org.komar.detention;

import static org.komar.access.Permission.CASE_READ;
import static org.komar.access.Permission.STATISTICS_READ;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.time.OffsetDateTime;
import java.util.List;

import org.komar.shared.Cambodia;
import org.komar.support.ApiCall;
import org.komar.support.ApiCall.Reach;
import org.komar.support.ApiCallRows;
import org.komar.support.ApiTarget;
import org.springframework.http.HttpMethod;

/**
 * The detention API in the authorization matrix: the national census for statisticians and administrators; the
 * children behind its numbers and one case's record for people with case access, within their scope. The target
 * case is put in police custody at the Phnom Penh juvenile police unit so that the list has it to find.
 */
class DetentionApiCalls implements ApiCallRows {

    @Override
    public List<ApiCall> calls() {
        return List.of(
                ApiCall.of(HttpMethod.GET, "/api/v1/detention", Reach.NONE, 200,
                        t -> get("/api/v1/detention"), STATISTICS_READ),
                ApiCall.of(HttpMethod.GET, "/api/v1/detention/children", Reach.SEARCH, 200, t -> {
                    inCustody(t);
                    return get("/api/v1/detention/children").param("facility", "POL-12")
                            .param("status", "POLICE_CUSTODY").param("size", "200");
                }, CASE_READ),
                ApiCall.of(HttpMethod.GET, "/api/v1/cases/{id}/detention", Reach.SUBJECT, 200,
                        t -> get("/api/v1/cases/" + t.caseId() + "/detention"), CASE_READ));
    }

    private static void inCustody(ApiTarget t) {
        OffsetDateTime hourAgo = OffsetDateTime.ofInstant(t.bean(java.time.Clock.class).instant(), Cambodia.ZONE)
                .minusHours(1);
        t.fixtures().record(t.owner(), t.caseId(), "CUSTODY_STARTED", hourAgo, "unit", "POL-12");
    }
}
