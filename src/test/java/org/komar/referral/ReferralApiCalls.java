package org.komar.referral;

import static org.komar.access.Permission.CASE_READ;
import static org.komar.access.Permission.EVENT_RECORD;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.util.List;

import org.komar.access.Actor;
import org.komar.access.AgencyId;
import org.komar.access.AgencyType;
import org.komar.access.Permission;
import org.komar.access.Role;
import org.komar.cases.CaseService;
import org.komar.support.ApiCall;
import org.komar.support.ApiCall.Reach;
import org.komar.support.ApiCallRows;
import org.komar.support.ApiTarget;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * The referral module's API calls in the authorization matrix. For the calls only one side of a referral may make,
 * "in scope" means that side is the caller's agency: the receiving agency for answers, deliveries and closing, the
 * referring agency for withdrawing. Out of scope, the referral joins two agencies the caller has nothing to do with.
 */
class ReferralApiCalls implements ApiCallRows {

    @Override
    public List<ApiCall> calls() {
        return List.of(
                ApiCall.of(HttpMethod.POST, "/api/v1/referrals", Reach.SUBJECT, 201,
                        t -> json(post("/api/v1/referrals"), "{\"caseId\": \"" + t.caseId() + "\", \"toAgency\": \""
                                + freshAgency(t) + "\", \"service\": \"LEGAL_AID\", \"consent\": \"GUARDIAN\","
                                + " \"reason\": \"Needs a lawyer for the hearing\"}"), EVENT_RECORD),
                ApiCall.of(HttpMethod.GET, "/api/v1/referrals", Reach.SEARCH, 200, t -> {
                    if (inScope(t) && !ownersAgency(t)) {
                        refer(t, t.owner(), t.actor().agencyId());
                    }
                    return get("/api/v1/referrals");
                }, CASE_READ),
                ApiCall.of(HttpMethod.GET, "/api/v1/referrals/{id}", Reach.SUBJECT, 200,
                        t -> get("/api/v1/referrals/" + refer(t, t.owner(), freshAgency(t)).id()), CASE_READ),
                ApiCall.of(HttpMethod.POST, "/api/v1/referrals/{id}/accept", Reach.SUBJECT, 200,
                        t -> json(post("/api/v1/referrals/" + toCaller(t).id() + "/accept"), "{}"),
                        CASE_READ, EVENT_RECORD),
                ApiCall.of(HttpMethod.POST, "/api/v1/referrals/{id}/decline", Reach.SUBJECT, 200,
                        t -> json(post("/api/v1/referrals/" + toCaller(t).id() + "/decline"),
                                "{\"reason\": \"No places this month\"}"), CASE_READ, EVENT_RECORD),
                ApiCall.of(HttpMethod.POST, "/api/v1/referrals/{id}/withdraw", Reach.SUBJECT, 200,
                        t -> json(post("/api/v1/referrals/" + fromCaller(t).id() + "/withdraw"),
                                "{\"reason\": \"Sent to the wrong agency\"}"), CASE_READ, EVENT_RECORD),
                ApiCall.of(HttpMethod.POST, "/api/v1/referrals/{id}/deliveries", Reach.SUBJECT, 201,
                        t -> json(post("/api/v1/referrals/" + acceptedByCaller(t).id() + "/deliveries"),
                                "{\"on\": \"" + today(t) + "\", \"note\": \"First session\"}"),
                        CASE_READ, EVENT_RECORD),
                ApiCall.of(HttpMethod.POST, "/api/v1/referrals/{id}/follow-ups", Reach.SUBJECT, 201,
                        t -> json(post("/api/v1/referrals/" + acceptedByCaller(t).id() + "/follow-ups"),
                                "{\"on\": \"" + today(t) + "\", \"note\": \"Attends every week\"}"),
                        CASE_READ, EVENT_RECORD),
                ApiCall.of(HttpMethod.POST, "/api/v1/referrals/{id}/close", Reach.SUBJECT, 200,
                        t -> json(post("/api/v1/referrals/" + acceptedByCaller(t).id() + "/close"),
                                "{\"outcome\": \"SERVICE_COMPLETED\"}"), CASE_READ, EVENT_RECORD),
                ApiCall.of(HttpMethod.GET, "/api/v1/agencies", Reach.NONE, 200, t -> get("/api/v1/agencies")),
                ApiCall.of(HttpMethod.GET, "/api/v1/referral-services", Reach.NONE, 200,
                        t -> get("/api/v1/referral-services")));
    }

    private static boolean inScope(ApiTarget t) {
        return t.bean(CaseService.class).inScope(t.actor(), t.caseId());
    }

    /** The caller could answer a referral sent to their agency (not so the owner, the sender of them all). */
    private static boolean mayAnswer(ApiTarget t) {
        return inScope(t) && t.actor().has(Permission.EVENT_RECORD) && !ownersAgency(t);
    }

    private static boolean ownersAgency(ApiTarget t) {
        return t.actor().agencyId().equals(t.owner().agencyId());
    }

    /** A referral to the caller's agency when the caller could answer it, else between two strangers. */
    private static Referral toCaller(ApiTarget t) {
        return refer(t, t.owner(), mayAnswer(t) ? t.actor().agencyId() : freshAgency(t));
    }

    private static Referral fromCaller(ApiTarget t) {
        return mayAnswer(t) ? refer(t, t.actor(), freshAgency(t)) : refer(t, t.owner(), freshAgency(t));
    }

    private static Referral acceptedByCaller(ApiTarget t) {
        Actor receiver = mayAnswer(t) ? t.actor() : t.fixtures().actor(Role.NGO_CASE_WORKER, "12");
        Referral referral = refer(t, t.owner(), receiver.agencyId());
        return t.bean(ReferralService.class).accept(receiver, referral.id(), null, null);
    }

    private static Referral refer(ApiTarget t, Actor from, AgencyId to) {
        return t.bean(ReferralService.class).refer(from, new ReferralService.NewReferral(t.caseId().toString(),
                to.toString(), "PSYCHOSOCIAL", "CHILD", null, "Counselling after the arrest", false));
    }

    private static AgencyId freshAgency(ApiTarget t) {
        return t.fixtures().agency(AgencyType.NGO, "12").id();
    }

    private static String today(ApiTarget t) {
        return java.time.LocalDate.now(org.komar.shared.Cambodia.ZONE).toString();
    }

    private static MockHttpServletRequestBuilder json(MockHttpServletRequestBuilder request, String body) {
        return request.contentType(MediaType.APPLICATION_JSON).content(body);
    }
}
