package org.komar.exchange;

import static org.komar.access.Permission.CASE_READ;
import static org.komar.access.Permission.DATA_IMPORT;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.time.Clock;
import java.util.List;

import org.komar.support.ApiCall;
import org.komar.support.ApiCall.Reach;
import org.komar.support.ApiCallRows;
import org.springframework.http.HttpMethod;

/** The exchange module's calls in the authorization matrix. */
class ExchangeApiCalls implements ApiCallRows {

    @Override
    public List<ApiCall> calls() {
        return List.of(
                ApiCall.of(HttpMethod.GET, "/api/v1/export", Reach.SEARCH, 200, t -> get("/api/v1/export"),
                        CASE_READ),
                ApiCall.of(HttpMethod.POST, "/api/v1/import", Reach.NONE, 200,
                        t -> post("/api/v1/import").contentType("application/x-ndjson")
                                .content(ExchangeSamples.lines(t.bean(Clock.class), 2)), DATA_IMPORT));
    }
}
