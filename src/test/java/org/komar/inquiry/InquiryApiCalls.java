package org.komar.inquiry;

import static org.komar.access.Permission.CASE_READ;
import static org.komar.access.Permission.SOCIAL_INQUIRY_WRITE;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;

import java.util.List;

import org.komar.support.ApiCall;
import org.komar.support.ApiCall.Reach;
import org.komar.support.ApiCallRows;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;

/** The social inquiry report's API calls in the authorization matrix; a save names the version last saved. */
class InquiryApiCalls implements ApiCallRows {

    @Override
    public List<ApiCall> calls() {
        return List.of(
                ApiCall.of(HttpMethod.GET, "/api/v1/cases/{id}/social-inquiry", Reach.SUBJECT, 200,
                        t -> get("/api/v1/cases/" + t.caseId() + "/social-inquiry"), CASE_READ),
                ApiCall.of(HttpMethod.PUT, "/api/v1/cases/{id}/social-inquiry", Reach.SUBJECT, 200,
                        t -> put("/api/v1/cases/" + t.caseId() + "/social-inquiry")
                                .contentType(MediaType.APPLICATION_JSON)
                                .content("{\"version\": " + t.bean(InquiryService.class).latestVersion(t.caseId())
                                        + ", \"familySituation\": \"Lives with the mother and two sisters\","
                                        + " \"livesWith\": \"MOTHER\", \"schoolAttendance\": \"DROPPED_OUT\","
                                        + " \"lastGrade\": 6, \"recommendsDiversion\": true}"),
                        SOCIAL_INQUIRY_WRITE));
    }
}
