package org.komar.courts;

import static org.komar.access.Permission.CASE_READ;
import static org.komar.access.Permission.HEARING_MONITOR;
import static org.komar.access.Permission.HEARING_SCHEDULE;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.komar.access.Actor;
import org.komar.access.Permission;
import org.komar.access.Role;
import org.komar.cases.CaseService;
import org.komar.shared.Cambodia;
import org.komar.shared.CaseId;
import org.komar.support.ApiCall;
import org.komar.support.ApiCall.Reach;
import org.komar.support.ApiCallRows;
import org.komar.support.ApiTarget;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * The courts module's API calls in the authorization matrix. For the calls only the hearing's court may make, "in
 * scope" means the caller's court scheduled it; for a monitor's calls it means the court admitted the caller, which
 * the rows do for a monitor who is a trial-monitoring party of the target case (how the matrix reaches monitors).
 */
class CourtApiCalls implements ApiCallRows {

    /** One court clerk of the target case's province per case, who schedules hearings the caller does not own. */
    private static final Map<CaseId, Actor> CLERKS = new ConcurrentHashMap<>();

    @Override
    public List<ApiCall> calls() {
        return List.of(
                ApiCall.of(HttpMethod.POST, "/api/v1/hearings", Reach.SUBJECT, 201,
                        t -> json(post("/api/v1/hearings"), "{\"caseId\": \"" + t.caseId() + "\", \"scheduledAt\": \""
                                + Instant.now().plus(Duration.ofDays(3)).atZone(Cambodia.ZONE).toOffsetDateTime()
                                + "\", \"kind\": \"TRIAL\", \"chamber\": \"Room 2\"}"), HEARING_SCHEDULE),
                ApiCall.of(HttpMethod.GET, "/api/v1/hearings", Reach.SEARCH, 200, t -> {
                    scheduled(t, clerk(t), Duration.ofDays(1));
                    return get("/api/v1/hearings");
                }, CASE_READ),
                ApiCall.of(HttpMethod.GET, "/api/v1/hearings/{id}", Reach.SUBJECT, 200,
                        t -> get("/api/v1/hearings/" + scheduled(t, clerk(t), Duration.ofDays(1)).id()), CASE_READ),
                ApiCall.of(HttpMethod.POST, "/api/v1/hearings/{id}/held", Reach.SUBJECT, 200,
                        t -> json(post("/api/v1/hearings/" + ofCallersCourt(t).id() + "/held"),
                                "{\"inCamera\": true, \"judgmentInPublic\": false, \"lawyerPresent\": true}"),
                        HEARING_SCHEDULE),
                ApiCall.of(HttpMethod.POST, "/api/v1/hearings/{id}/postpone", Reach.SUBJECT, 200,
                        t -> json(post("/api/v1/hearings/" + ofCallersCourt(t).id() + "/postpone"),
                                "{\"reason\": \"LAWYER_ABSENT\"}"), HEARING_SCHEDULE),
                ApiCall.of(HttpMethod.POST, "/api/v1/hearings/{id}/monitors", Reach.SUBJECT, 200,
                        t -> json(post("/api/v1/hearings/" + ofCallersCourt(t).id() + "/monitors"),
                                "{\"monitor\": \"" + t.fixtures().actor(Role.TRIAL_MONITOR, "12").username() + "\"}"),
                        HEARING_SCHEDULE),
                ApiCall.of(HttpMethod.GET, "/api/v1/monitoring/hearings", Reach.NONE, 200, t -> {
                    monitored(t);
                    return get("/api/v1/monitoring/hearings");
                }, HEARING_MONITOR),
                ApiCall.of(HttpMethod.GET, "/api/v1/monitoring/hearings/{id}", Reach.SUBJECT, 200,
                        t -> get("/api/v1/monitoring/hearings/" + monitored(t).id()), HEARING_MONITOR),
                ApiCall.of(HttpMethod.GET, "/api/v1/monitoring/hearings/{id}/checklist", Reach.SUBJECT, 200,
                        t -> get("/api/v1/monitoring/hearings/" + monitored(t).id() + "/checklist"), HEARING_MONITOR),
                ApiCall.of(HttpMethod.PUT, "/api/v1/monitoring/hearings/{id}/checklist", Reach.SUBJECT, 200,
                        t -> json(put("/api/v1/monitoring/hearings/" + monitored(t).id() + "/checklist"),
                                "{\"answers\": {\"IN_CAMERA\": \"YES\", \"AGE_AT_OFFENCE\": \"15\"}}"),
                        HEARING_MONITOR),
                ApiCall.of(HttpMethod.GET, "/api/v1/monitoring/report", Reach.NONE, 200,
                        t -> get("/api/v1/monitoring/report"), HEARING_MONITOR));
    }

    private static Actor clerk(ApiTarget t) {
        return CLERKS.computeIfAbsent(t.caseId(), id -> t.fixtures().actor(Role.COURT_CLERK, "12"));
    }

    /** A past hearing of the caller's court when the caller could hold it, else of the clerk's court. */
    private static Hearing ofCallersCourt(ApiTarget t) {
        boolean court = t.actor().has(Permission.HEARING_SCHEDULE)
                && t.bean(CaseService.class).inScope(t.actor(), t.caseId());
        return scheduled(t, court ? t.actor() : clerk(t), Duration.ofHours(-1));
    }

    /** A past hearing the caller was admitted to monitor when they are the case's trial monitor, else nobody's. */
    private static Hearing monitored(ApiTarget t) {
        Actor clerk = clerk(t);
        Hearing hearing = scheduled(t, clerk, Duration.ofHours(-2));
        boolean monitor = t.actor().hasRole(Role.TRIAL_MONITOR) && t.bean(CaseService.class).read(t.owner(),
                t.caseId()).parties().stream().anyMatch(p -> t.actor().userId().equals(p.userId()));
        return monitor ? t.bean(CourtService.class).admitMonitor(clerk, hearing.id(), t.actor().username()) : hearing;
    }

    private static Hearing scheduled(ApiTarget t, Actor court, Duration fromNow) {
        Instant at = t.bean(CourtService.class).now().plus(fromNow);
        return t.bean(CourtService.class).schedule(court, new CourtService.NewHearing(t.caseId().toString(),
                at.atZone(Cambodia.ZONE).toOffsetDateTime().toString(), "TRIAL", null));
    }

    private static MockHttpServletRequestBuilder json(MockHttpServletRequestBuilder request, String body) {
        return request.contentType(MediaType.APPLICATION_JSON).content(body);
    }
}
