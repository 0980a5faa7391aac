package org.komar.diversion;

import static org.komar.access.Permission.CASE_READ;
import static org.komar.access.Permission.DIVERSION_PLAN_WRITE;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;

import org.komar.access.Role;
import org.komar.cases.CaseService;
import org.komar.shared.Cambodia;
import org.komar.support.ApiCall;
import org.komar.support.ApiCall.Reach;
import org.komar.support.ApiCallRows;
import org.komar.support.ApiTarget;
import org.komar.timeline.EventType;
import org.komar.timeline.NewEvent;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;

/** The diversion module's API calls in the authorization matrix; a plan is saved on the case once diverted. */
class DiversionApiCalls implements ApiCallRows {

    @Override
    public List<ApiCall> calls() {
        return List.of(
                ApiCall.of(HttpMethod.GET, "/api/v1/cases/{id}/diversion", Reach.SUBJECT, 200,
                        t -> get("/api/v1/cases/" + t.caseId() + "/diversion"), CASE_READ),
                ApiCall.of(HttpMethod.GET, "/api/v1/diversions", Reach.SEARCH, 200, t -> {
                    ordered(t);
                    return get("/api/v1/diversions");
                }, CASE_READ),
                ApiCall.of(HttpMethod.GET, "/api/v1/cases/{id}/diversion-plan", Reach.SUBJECT, 200,
                        t -> get("/api/v1/cases/" + t.caseId() + "/diversion-plan"), CASE_READ),
                ApiCall.of(HttpMethod.PUT, "/api/v1/cases/{id}/diversion-plan", Reach.SUBJECT, 200, t -> {
                    ordered(t);
                    return put("/api/v1/cases/" + t.caseId() + "/diversion-plan")
                            .contentType(MediaType.APPLICATION_JSON)
                            .content("{\"version\": " + t.bean(DiversionPlans.class).latestVersion(t.caseId())
                                    + ", \"objectives\": \"Back to school\", \"measures\": \"School attendance,"
                                    + " 3 months\", \"responsible\": \"Teacher; social agent\", \"schedule\":"
                                    + " \"Weekly visits\", \"childConsented\": true}");
                }, DIVERSION_PLAN_WRITE));
    }

    /** The target case diverted by a prosecutor of its province (once), so that the register has it to show. */
    static void ordered(ApiTarget t) {
        CaseService cases = t.bean(CaseService.class);
        if (cases.timeline(t.owner(), t.caseId()).contains(EventType.DIVERSION_ORDERED)) {
            return;
        }
        cases.record(t.fixtures().actor(Role.PROSECUTOR, "12"), t.caseId(), null, new NewEvent("DIVERSION_ORDERED",
                OffsetDateTime.now(Cambodia.ZONE).minusHours(1), Map.of("by", "PROSECUTOR", "measures",
                        List.of(Map.of("type", "SCHOOL_ATTENDANCE", "months", 3)))));
    }
}
