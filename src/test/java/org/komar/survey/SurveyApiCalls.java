package org.komar.survey;

import static org.komar.access.Permission.NETWORK_COORDINATE;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.util.List;
import java.util.concurrent.atomic.AtomicReference;

import org.komar.access.Actor;
import org.komar.access.Permission;
import org.komar.access.Role;
import org.komar.support.ApiCall;
import org.komar.support.ApiCall.Reach;
import org.komar.support.ApiCallRows;
import org.komar.support.ApiTarget;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;

/**
 * The survey calls in the authorization matrix. Surveys are no case data (reach NONE): building, opening, closing
 * and results need {@code NETWORK_COORDINATE} and concern the caller's own agency's surveys, so each request works on
 * a survey the caller organises when they may; the form and the responses are open to anyone signed in. That
 * another agency's organisers get 404 is tested in {@code SurveyApiTest}.
 */
class SurveyApiCalls implements ApiCallRows {

    /** An organiser for surveys addressed by callers who may not organise them (one per test run: Argon2 is slow). */
    private static final AtomicReference<Actor> ORGANISER = new AtomicReference<>();

    @Override
    public List<ApiCall> calls() {
        return List.of(
                ApiCall.of(HttpMethod.POST, "/api/v1/surveys", Reach.NONE, 201,
                        t -> post("/api/v1/surveys").contentType(MediaType.APPLICATION_JSON)
                                .content(SurveyApiTest.DEFINITION), NETWORK_COORDINATE),
                ApiCall.of(HttpMethod.GET, "/api/v1/surveys", Reach.NONE, 200,
                        t -> get("/api/v1/surveys"), NETWORK_COORDINATE),
                ApiCall.of(HttpMethod.GET, "/api/v1/surveys/{id}", Reach.NONE, 200,
                        t -> get("/api/v1/surveys/" + survey(t, "OPEN").id())),
                ApiCall.of(HttpMethod.POST, "/api/v1/surveys/{id}/open", Reach.NONE, 200,
                        t -> post("/api/v1/surveys/" + survey(t, "DRAFT").id() + "/open"), NETWORK_COORDINATE),
                ApiCall.of(HttpMethod.POST, "/api/v1/surveys/{id}/close", Reach.NONE, 200,
                        t -> post("/api/v1/surveys/" + survey(t, "OPEN").id() + "/close"), NETWORK_COORDINATE),
                ApiCall.of(HttpMethod.POST, "/api/v1/surveys/{id}/responses", Reach.NONE, 201,
                        t -> {
                            Survey survey = survey(t, "OPEN");
                            Survey.Question question = survey.questions().get(0);
                            return post("/api/v1/surveys/" + survey.id() + "/responses")
                                    .contentType(MediaType.APPLICATION_JSON)
                                    .content("{\"group\": \"ORG\", \"answers\": [{\"question\": \"" + question.id()
                                            + "\", \"options\": [\"" + question.options().get(0).id() + "\"]}]}");
                        }),
                ApiCall.of(HttpMethod.GET, "/api/v1/surveys/{id}/results", Reach.NONE, 200,
                        t -> get("/api/v1/surveys/" + survey(t, "OPEN").id() + "/results"), NETWORK_COORDINATE));
    }

    /** A survey organised by the caller when they may organise, else by another organiser. */
    private static Survey survey(ApiTarget t, String status) throws Exception {
        Actor organiser = t.actor().has(Permission.NETWORK_COORDINATE) ? t.actor()
                : ORGANISER.updateAndGet(known -> known != null ? known
                : t.fixtures().actor(Role.NETWORK_COORDINATOR, "12"));
        SurveyDefinition definition = t.bean(tools.jackson.databind.json.JsonMapper.class)
                .readValue(SurveyApiTest.DEFINITION.replace("\"status\": \"OPEN\"", "\"status\": \"" + status + "\""),
                        SurveyDefinition.class);
        return t.bean(SurveyService.class).create(organiser, definition);
    }
}
