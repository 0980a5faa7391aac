package org.komar.statistics;

import static org.komar.access.Permission.STATISTICS_READ;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.util.List;

import org.komar.support.ApiCall;
import org.komar.support.ApiCall.Reach;
import org.komar.support.ApiCallRows;
import org.springframework.http.HttpMethod;

/** The statistics module's API calls in the authorization matrix: aggregates for statisticians and administrators. */
class StatisticsApiCalls implements ApiCallRows {

    @Override
    public List<ApiCall> calls() {
        return List.of(
                ApiCall.of(HttpMethod.GET, "/api/v1/indicators", Reach.NONE, 200,
                        t -> get("/api/v1/indicators?by=sex"), STATISTICS_READ),
                ApiCall.of(HttpMethod.GET, "/api/v1/dhis2/dataValueSets", Reach.NONE, 200,
                        t -> get("/api/v1/dhis2/dataValueSets?period=2005&orgUnits=KH"), STATISTICS_READ),
                ApiCall.of(HttpMethod.GET, "/api/v1/dhis2/adx", Reach.NONE, 200,
                        t -> get("/api/v1/dhis2/adx?period=2005Q1&orgUnits=KH,12"), STATISTICS_READ));
    }
}
