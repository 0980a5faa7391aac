package org.komar.access;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.util.List;
import java.util.Map;

import org.komar.support.ApiCall;
import org.komar.support.ApiCall.Reach;
import org.komar.support.ApiCallRows;
import org.komar.support.Fixtures;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;

/** The access module's API calls in the authorization matrix. */
class AccessApiCalls implements ApiCallRows {

    @Override
    public List<ApiCall> calls() {
        return List.of(ApiCall.of(HttpMethod.POST, "/api/v1/auth/token", Reach.PUBLIC, 200,
                t -> post("/api/v1/auth/token").contentType(MediaType.APPLICATION_JSON)
                        .content(t.json(Map.of("username", t.actor().username(), "password", Fixtures.PASSWORD)))));
    }
}
