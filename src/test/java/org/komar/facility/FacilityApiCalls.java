package org.komar.facility;

import static org.komar.access.Permission.REFERENCE_ADMIN;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.util.List;

import org.komar.support.ApiCall;
import org.komar.support.ApiCall.Reach;
import org.komar.support.ApiCallRows;
import org.komar.support.Fixtures;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;

/** The facility register's API calls in the authorization matrix: reference data, no case scope. */
class FacilityApiCalls implements ApiCallRows {

    @Override
    public List<ApiCall> calls() {
        return List.of(
                ApiCall.of(HttpMethod.GET, "/api/v1/facilities", Reach.NONE, 200, t -> get("/api/v1/facilities")),
                ApiCall.of(HttpMethod.POST, "/api/v1/facilities", Reach.NONE, 201,
                        t -> post("/api/v1/facilities").contentType(MediaType.APPLICATION_JSON)
                                .content("{\"code\": \"" + Fixtures.unique("PRI") + "\", \"name\": {\"latin\":"
                                        + " \"Test prison\", \"khmer\": \"ពន្ធនាគារសាកល្បង\"}, \"type\": \"PRISON\","
                                        + " \"province\": \"12\", \"capacity\": 100,"
                                        + " \"separatesMinorsFromAdults\": true}"), REFERENCE_ADMIN));
    }
}
