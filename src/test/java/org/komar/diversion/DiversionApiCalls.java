package org.komar.diversion;

import static org.komar.access.Permission.CASE_READ;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

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

/** The diversion module's API calls in the authorization matrix. */
class DiversionApiCalls implements ApiCallRows {

    @Override
    public List<ApiCall> calls() {
        return List.of(
                ApiCall.of(HttpMethod.GET, "/api/v1/cases/{id}/diversion", Reach.SUBJECT, 200,
                        t -> get("/api/v1/cases/" + t.caseId() + "/diversion"), CASE_READ),
                ApiCall.of(HttpMethod.GET, "/api/v1/diversions", Reach.SEARCH, 200, t -> {
                    ordered(t);
                    return get("/api/v1/diversions");
                }, CASE_READ));
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
