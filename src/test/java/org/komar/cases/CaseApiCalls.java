package org.komar.cases;

import static org.komar.access.Permission.CASE_OPEN;
import static org.komar.access.Permission.CASE_READ;
import static org.komar.access.Permission.EVENT_RECORD;
import static org.komar.access.Permission.EVENT_VOID;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.util.List;

import org.komar.support.ApiCall;
import org.komar.support.ApiCall.Reach;
import org.komar.support.ApiCallRows;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;

/** The cases module's API calls in the authorization matrix. */
class CaseApiCalls implements ApiCallRows {

    @Override
    public List<ApiCall> calls() {
        return List.of(
                ApiCall.of(HttpMethod.POST, "/api/v1/cases", Reach.SUBJECT, 201,
                        t -> post("/api/v1/cases").contentType(MediaType.APPLICATION_JSON)
                                .content("{\"childId\": \"" + t.childId() + "\", \"role\": \"CONFLICT_WITH_LAW\","
                                        + " \"offence\": {\"code\": \"THEFT\", \"class\": \"PETTY\"},"
                                        + " \"offenceDate\": \"2026-01-10\", \"place\": \"120101\"}"), CASE_OPEN),
                ApiCall.of(HttpMethod.GET, "/api/v1/cases/{id}", Reach.SUBJECT, 200,
                        t -> get("/api/v1/cases/" + t.caseId()), CASE_READ),
                ApiCall.of(HttpMethod.GET, "/api/v1/cases", Reach.SEARCH, 200,
                        t -> get("/api/v1/cases").param("childId", t.childId().toString()), CASE_READ),
                ApiCall.of(HttpMethod.GET, "/api/v1/cases/{id}/events", Reach.SUBJECT, 200,
                        t -> get("/api/v1/cases/" + t.caseId() + "/events"), CASE_READ),
                ApiCall.of(HttpMethod.POST, "/api/v1/cases/{id}/events", Reach.SUBJECT, 201,
                        t -> post("/api/v1/cases/" + t.caseId() + "/events").contentType(MediaType.APPLICATION_JSON)
                                .content("{\"type\": \"AGE_CLAIM_RECORDED\", \"occurredAt\": "
                                        + "\"2026-01-10T09:00:00+07:00\", \"attributes\": {\"birthDate\": "
                                        + "\"2010-03-15\", \"precision\": \"DAY\", \"evidence\": \"FAMILY_BOOK\"}}"),
                        EVENT_RECORD),
                ApiCall.of(HttpMethod.POST, "/api/v1/cases/{id}/events/{eventId}/void", Reach.SUBJECT, 200,
                        t -> post("/api/v1/cases/" + t.caseId() + "/events/" + t.freshEvent() + "/void")
                                .contentType(MediaType.APPLICATION_JSON)
                                .content("{\"reason\": \"Recorded twice\"}"), EVENT_VOID));
    }
}
