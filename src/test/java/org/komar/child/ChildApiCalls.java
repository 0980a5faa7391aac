package org.komar.child;

import static org.komar.access.Permission.CASE_READ;
import static org.komar.access.Permission.CHILD_WRITE;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;

import java.util.List;
import java.util.Map;

import org.komar.support.ApiCall;
import org.komar.support.ApiCall.Reach;
import org.komar.support.ApiCallRows;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;

/** The child module's API calls in the authorization matrix. */
class ChildApiCalls implements ApiCallRows {

    @Override
    public List<ApiCall> calls() {
        return List.of(
                ApiCall.of(HttpMethod.POST, "/api/v1/children", Reach.NONE, 201,
                        t -> post("/api/v1/children").contentType(MediaType.APPLICATION_JSON)
                                .content("{\"name\": {\"latin\": \"Keo Malis\"}, \"sex\": \"F\"}"), CHILD_WRITE),
                ApiCall.of(HttpMethod.GET, "/api/v1/children/{id}", Reach.SUBJECT, 200,
                        t -> get("/api/v1/children/" + t.childId()), CASE_READ),
                ApiCall.of(HttpMethod.PUT, "/api/v1/children/{id}", Reach.SUBJECT, 200,
                        // The child exactly as stored, at its current version: a correction that changes nothing.
                        t -> put("/api/v1/children/" + t.childId()).contentType(MediaType.APPLICATION_JSON)
                                .content(t.json(ChildResource.of(t.bean(ChildService.class)
                                        .find(t.owner(), t.childId())))), CHILD_WRITE),
                ApiCall.of(HttpMethod.GET, "/api/v1/children", Reach.SEARCH, 200,
                        t -> get("/api/v1/children").param("q", t.childLatinName()), CASE_READ),
                ApiCall.of(HttpMethod.POST, "/api/v1/children/duplicates", Reach.SEARCH, 200,
                        t -> post("/api/v1/children/duplicates").contentType(MediaType.APPLICATION_JSON)
                                .content(t.json(Map.of("name", Map.of("latin", t.childLatinName()), "sex", "M"))),
                        CHILD_WRITE));
    }
}
