package org.komar.worklist;

import static org.komar.access.Permission.CASE_READ;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.time.OffsetDateTime;
import java.util.List;

import org.komar.support.ApiCall;
import org.komar.support.ApiCall.Reach;
import org.komar.support.ApiCallRows;
import org.komar.support.ApiTarget;
import org.komar.timeline.EventType;
import org.komar.timeline.TimelineStore;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The worklist module's API calls in the authorization matrix. The subject case gets an arrest that was not in the
 * act (ARR-1: a breach from the moment of the arrest), so that it is on the worklist of everyone who may see it and
 * has a breach to acknowledge; each caller finds the breach unacknowledged.
 */
class WorklistApiCalls implements ApiCallRows {

    @Override
    public List<ApiCall> calls() {
        return List.of(
                ApiCall.of(HttpMethod.GET, "/api/v1/worklist", Reach.SEARCH, 200, t -> {
                    breach(t);
                    // Only ARR-1: the longest-standing breaches come first, and province 12's other breaches left
                    // by earlier tests would otherwise push this fresh one off the page.
                    return get("/api/v1/worklist").param("rule", "ARR-1").param("show", "ALL").param("size", "200");
                }, CASE_READ),
                ApiCall.of(HttpMethod.POST, "/api/v1/cases/{id}/safeguards/{rule}/acknowledgement", Reach.SUBJECT,
                        201, t -> {
                            breach(t);
                            t.bean(JdbcClient.class).sql("DELETE FROM worklist_acknowledgement WHERE case_id = :c")
                                    .param("c", t.caseId().value()).update();
                            return post("/api/v1/cases/" + t.caseId() + "/safeguards/ARR-1/acknowledgement")
                                    .contentType(MediaType.APPLICATION_JSON)
                                    .content("{\"note\": \"The prosecutor has been told\"}");
                        }, CASE_READ));
    }

    /** An arrest not in the act, once: ARR-1 breached. */
    private static void breach(ApiTarget t) {
        if (!t.bean(TimelineStore.class).load(t.caseId()).contains(EventType.ARRESTED)) {
            t.fixtures().record(t.owner(), t.caseId(), "ARRESTED", OffsetDateTime.now(org.komar.shared.Cambodia.ZONE)
                    .minusHours(1), "flagrant", false);
        }
    }
}
