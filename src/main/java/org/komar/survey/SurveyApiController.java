package org.komar.survey;

import java.net.URI;
import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.komar.access.Actor;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Surveys of the network. Building, opening, closing and results need {@code NETWORK_COORDINATE} and concern the
 * organiser's own agency's surveys (others are 404); any signed-in client may read an open survey's form and answer
 * it. The shapes of a definition, a response and the results are in {@code docs/api.md}.
 */
@RestController
@RequestMapping("/api/v1/surveys")
@Tag(name = "Surveys", description = "Surveys of the child-justice network: definitions, responses, result tables")
class SurveyApiController {

    record SurveyList(List<SummaryResource> items) {
    }

    record SummaryResource(String id, SurveyStatus status, org.komar.shared.Bilingual title,
                           java.time.Instant createdAt, int responses) {
    }

    record ResponseResource(String id, String survey, String group, java.time.Instant submittedAt,
                            String receipt) {
    }

    private final SurveyService surveys;

    SurveyApiController(SurveyService surveys) {
        this.surveys = surveys;
    }

    @PostMapping
    @Operation(summary = "Create a survey from its definition (status DRAFT by default, or OPEN)",
            description = "Body: {title:{en,km}, description:{en,km}, groups:[{code, label:{en,km}}], "
                    + "questions:[{kind: SINGLE|MULTIPLE|YES_NO|TEXT, text:{en,km}, required, maxChoices (MULTIPLE "
                    + "only: select up to N), options:[{label:{en,km}, other}]}], status}. Every text in Khmer and "
                    + "English. Answers 201 with the survey, its question and option ids and its link.")
    ResponseEntity<SurveyResource> create(Actor actor, @RequestBody(required = false) SurveyDefinition body) {
        Survey survey = surveys.create(actor, body);
        return ResponseEntity.created(URI.create("/api/v1/surveys/" + survey.id()))
                .body(SurveyResource.of(survey, true));
    }

    @GetMapping
    @Operation(summary = "The surveys of the organiser's agency, newest first")
    SurveyList list(Actor actor) {
        return new SurveyList(surveys.list(actor).stream().map(s -> new SummaryResource(s.id().toString(),
                s.status(), s.title(), s.createdAt(), s.responses())).toList());
    }

    @GetMapping("/{id}")
    @Operation(summary = "A survey: the whole definition for its organisers, the form of an open survey for others")
    SurveyResource read(Actor actor, @PathVariable String id) {
        Survey survey = surveys.form(actor, SurveyId.parse(id));
        return SurveyResource.of(survey, surveys.organises(actor, survey));
    }

    @PostMapping("/{id}/open")
    @Operation(summary = "Open a draft for responses (If-Match: the version read, optional)")
    SurveyResource open(Actor actor, @PathVariable String id,
                        @RequestHeader(name = "If-Match", required = false) String ifMatch) {
        return SurveyResource.of(surveys.open(actor, SurveyId.parse(id), version(ifMatch)), true);
    }

    @PostMapping("/{id}/close")
    @Operation(summary = "Close an open survey: no more responses; results stay")
    SurveyResource close(Actor actor, @PathVariable String id,
                         @RequestHeader(name = "If-Match", required = false) String ifMatch) {
        return SurveyResource.of(surveys.close(actor, SurveyId.parse(id), version(ifMatch)), true);
    }

    @PostMapping("/{id}/responses")
    @Operation(summary = "Answer an open survey",
            description = "Body: {group: a respondent group code, language: km|en, answers:[{question: id, "
                    + "options: [option ids], other: text of a chosen 'other' option, text: free text}]}. The "
                    + "limits (one choice, select up to N, other text, required questions, lengths) are enforced; "
                    + "a broken limit is 400 with one error per question (field answers.<questionId>).")
    ResponseEntity<ResponseResource> respond(Actor actor, @PathVariable String id,
                                             @RequestBody(required = false) ResponseSubmission body) {
        SurveyService.Submitted submitted = surveys.submit(actor, SurveyId.parse(id), body);
        return ResponseEntity.created(URI.create(PublicSurveyController.receiptPath(submitted.receipt())))
                .body(new ResponseResource(submitted.id().toString(), submitted.survey().toString(),
                        submitted.group(), submitted.submittedAt(),
                        PublicSurveyController.receiptPath(submitted.receipt())));
    }

    @GetMapping("/{id}/results")
    @Operation(summary = "Result tables: counts per option per respondent group, options ordered by total")
    SurveyResults results(Actor actor, @PathVariable String id) {
        return surveys.results(actor, SurveyId.parse(id));
    }

    private static Integer version(String ifMatch) {
        if (ifMatch == null || ifMatch.isBlank() || "*".equals(ifMatch.strip())) {
            return null;
        }
        try {
            return Integer.parseInt(ifMatch.strip().replaceFirst("^W/", "").replace("\"", ""));
        } catch (NumberFormatException malformed) {
            throw org.komar.shared.KomarException.invalid("MALFORMED_IF_MATCH");
        }
    }
}
