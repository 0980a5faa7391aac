package org.komar.aftercare;

import static org.komar.access.Permission.AFTERCARE_PLAN;
import static org.komar.access.Permission.CASE_READ;
import static org.komar.access.Permission.STATISTICS_READ;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.komar.access.Actor;
import org.komar.access.Role;
import org.komar.shared.Cambodia;
import org.komar.shared.CaseId;
import org.komar.support.ApiCall;
import org.komar.support.ApiCall.Reach;
import org.komar.support.ApiCallRows;
import org.komar.support.ApiTarget;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/** The aftercare module's API calls in the authorization matrix; plans are made by a social agent of the province. */
class AftercareApiCalls implements ApiCallRows {

    private static final Map<CaseId, Actor> SOCIAL = new ConcurrentHashMap<>();

    @Override
    public List<ApiCall> calls() {
        return List.of(
                ApiCall.of(HttpMethod.POST, "/api/v1/aftercare-plans", Reach.SUBJECT, 201,
                        t -> json(post("/api/v1/aftercare-plans"), "{\"caseId\": \"" + t.caseId()
                                + "\", \"releasedAt\": \"" + today(t).minusDays(1) + "\", \"startsOn\": \"" + today(t)
                                + "\", \"programme\": \"Reintegration\", \"goals\": \"Back to school\","
                                + " \"services\": [\"EDUCATION\"]}"), AFTERCARE_PLAN),
                ApiCall.of(HttpMethod.GET, "/api/v1/aftercare-plans", Reach.SEARCH, 200, t -> {
                    plan(t);
                    return get("/api/v1/aftercare-plans");
                }, CASE_READ),
                ApiCall.of(HttpMethod.GET, "/api/v1/aftercare-plans/{id}", Reach.SUBJECT, 200,
                        t -> get("/api/v1/aftercare-plans/" + plan(t).id()), CASE_READ),
                ApiCall.of(HttpMethod.POST, "/api/v1/aftercare-plans/{id}/contacts", Reach.SUBJECT, 201,
                        t -> json(post("/api/v1/aftercare-plans/" + plan(t).id() + "/contacts"),
                                "{\"kind\": \"CONTACT\", \"on\": \"" + today(t) + "\", \"note\": \"Home visit\"}"),
                        CASE_READ, AFTERCARE_PLAN),
                ApiCall.of(HttpMethod.GET, "/api/v1/aftercare/recidivism", Reach.NONE, 200,
                        t -> get("/api/v1/aftercare/recidivism"), STATISTICS_READ));
    }

    private static AftercarePlan plan(ApiTarget t) {
        Actor social = SOCIAL.computeIfAbsent(t.caseId(), id -> t.fixtures().actor(Role.SOCIAL_AGENT, "12"));
        return t.bean(AftercareService.class).create(social, new AftercareService.NewPlan(t.caseId().toString(),
                today(t).minusDays(2).toString(), today(t).toString(), "Family reintegration",
                "Live with the family again", List.of("FAMILY_SUPPORT")));
    }

    private static LocalDate today(ApiTarget t) {
        return t.bean(AftercareService.class).now().atZone(Cambodia.ZONE).toLocalDate();
    }

    private static MockHttpServletRequestBuilder json(MockHttpServletRequestBuilder request, String body) {
        return request.contentType(MediaType.APPLICATION_JSON).content(body);
    }
}
