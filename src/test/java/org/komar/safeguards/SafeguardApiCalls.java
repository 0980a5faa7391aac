package org.komar.safeguards;

import static org.komar.access.Permission.CASE_READ;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.util.List;

import org.komar.support.ApiCall;
import org.komar.support.ApiCall.Reach;
import org.komar.support.ApiCallRows;
import org.springframework.http.HttpMethod;

/** The safeguards module's API calls in the authorization matrix. */
class SafeguardApiCalls implements ApiCallRows {

    @Override
    public List<ApiCall> calls() {
        return List.of(ApiCall.of(HttpMethod.GET, "/api/v1/cases/{id}/safeguards", Reach.SUBJECT, 200,
                t -> get("/api/v1/cases/" + t.caseId() + "/safeguards"), CASE_READ));
    }
}
