package org.komar.survey;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import org.komar.access.Actor;
import org.komar.access.Permission;
import org.komar.audit.AuditLog;
import org.komar.audit.AuditSubject;
import org.komar.shared.Bilingual;
import org.komar.shared.Enums;
import org.komar.shared.FieldProblems;
import org.komar.shared.KomarException;
import org.komar.survey.SurveyDefinition.QuestionDefinition;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Surveys: building (organisers with {@code NETWORK_COORDINATE}, for their own agency's surveys only; others get
 * 404), opening and closing, answering (through the secret link, or the API for any signed-in client) and the
 * result tables. Every change and every read of results is audited; a response's audit line names the survey,
 * never the response, so that answers cannot be traced back to an address.
 */
@Service
public class SurveyService {

    /** A response as stored: its id, when, and the receipt token its respondent can read it back with. */
    public record Submitted(UUID id, SurveyId survey, String group, Instant submittedAt, String receipt) {
    }

    /** A respondent's own answers, read back through their receipt. */
    public record Receipt(Survey survey, String group, String language, Instant submittedAt,
                          List<ReceiptAnswer> answers) {
    }

    public record ReceiptAnswer(Survey.Question question, List<Survey.Option> options, String text) {
    }

    /** A survey in its organisers' list. */
    public record Summary(SurveyId id, SurveyStatus status, Bilingual title, Instant createdAt, int responses) {
    }

    private static final SecureRandom RANDOM = new SecureRandom();

    private final SurveyRepository surveys;
    private final AuditLog audit;
    private final Clock clock;
    private final MessageSource messages;

    SurveyService(SurveyRepository surveys, AuditLog audit, Clock clock, MessageSource messages) {
        this.surveys = surveys;
        this.audit = audit;
        this.clock = clock;
        this.messages = messages;
    }

    @Transactional
    public Survey create(Actor actor, SurveyDefinition definition) {
        actor.require(Permission.NETWORK_COORDINATE);
        if (definition == null) {
            throw KomarException.invalidFields(List.of(new org.komar.shared.FieldProblem("body", "REQUIRED")));
        }
        FieldProblems problems = new FieldProblems();
        DefinitionRules rules = rules();
        rules.title(definition.title(), definition.description(), problems);
        List<Survey.Group> groups = rules.groups(definition.groups(), problems);
        List<Survey.Question> questions = rules.questions(definition.questions(), 1, problems);
        SurveyStatus status = definition.status() == null ? SurveyStatus.DRAFT
                : Enums.parse(SurveyStatus.class, definition.status(), "status", problems, false);
        if (status == SurveyStatus.CLOSED) {
            problems.add("status", "UNKNOWN_CHOICE", status, "DRAFT, OPEN");
        } else if (status == SurveyStatus.OPEN && questions.isEmpty()) {
            problems.add("questions", "SURVEY_QUESTION_REQUIRED");
        }
        problems.throwIfAny();
        Instant now = clock.instant();
        Bilingual description = definition.description() == null ? new Bilingual(null, null)
                : Bilingual.of(definition.description().en(), definition.description().km());
        Survey survey = new Survey(SurveyId.random(), actor.agencyId(), actor.userId(), now, status,
                Bilingual.of(definition.title().en(), definition.title().km()), description, groups, questions,
                token(16), status == SurveyStatus.OPEN ? now : null, null, 0);
        surveys.insert(survey);
        audit.record(actor, "SURVEY_CREATED", subject(survey.id()), null, "questions=" + questions.size());
        if (status == SurveyStatus.OPEN) {
            audit.record(actor, "SURVEY_OPENED", subject(survey.id()));
        }
        return survey;
    }

    /** Adds a question at the end of a draft. {@code version} is the survey's version the organiser read. */
    @Transactional
    public Survey addQuestion(Actor actor, SurveyId id, int version, QuestionDefinition definition) {
        Survey survey = draft(actor, id, version);
        FieldProblems problems = new FieldProblems();
        if (survey.questions().size() >= DefinitionRules.MAX_QUESTIONS) {
            problems.add("questions", "SURVEY_TOO_MANY_ITEMS", DefinitionRules.MAX_QUESTIONS);
        }
        Survey.Question question = rules().question(definition, survey.questions().size() + 1, "question",
                problems);
        problems.throwIfAny();
        surveys.insertQuestion(id, question);
        audit.record(actor, "SURVEY_QUESTION_ADDED", subject(id), null, "question=" + question.id());
        return surveys.find(id).orElseThrow();
    }

    @Transactional
    public Survey removeQuestion(Actor actor, SurveyId id, int version, UUID questionId) {
        Survey survey = draft(actor, id, version);
        Survey.Question question = survey.question(questionId)
                .orElseThrow(() -> KomarException.notFound("SURVEY_QUESTION_NOT_FOUND"));
        surveys.deleteQuestion(id, question);
        audit.record(actor, "SURVEY_QUESTION_REMOVED", subject(id), null, "question=" + questionId);
        return surveys.find(id).orElseThrow();
    }

    @Transactional
    public Survey open(Actor actor, SurveyId id, Integer version) {
        Survey survey = owned(actor, id);
        if (survey.status() != SurveyStatus.DRAFT) {
            throw KomarException.conflict("SURVEY_NOT_DRAFT");
        }
        if (survey.questions().isEmpty()) {
            throw KomarException.invalid("SURVEY_QUESTION_REQUIRED");
        }
        changeStatus(survey, version, SurveyStatus.OPEN);
        audit.record(actor, "SURVEY_OPENED", subject(id));
        return surveys.find(id).orElseThrow();
    }

    @Transactional
    public Survey close(Actor actor, SurveyId id, Integer version) {
        Survey survey = owned(actor, id);
        if (survey.status() != SurveyStatus.OPEN) {
            throw KomarException.conflict("SURVEY_NOT_OPEN");
        }
        changeStatus(survey, version, SurveyStatus.CLOSED);
        audit.record(actor, "SURVEY_CLOSED", subject(id));
        return surveys.find(id).orElseThrow();
    }

    /** The surveys of the organiser's agency, newest first. */
    @Transactional
    public List<Summary> list(Actor actor) {
        actor.require(Permission.NETWORK_COORDINATE);
        audit.record(actor, "SURVEY_LISTED", AuditSubject.none());
        return surveys.listByAgency(actor.agencyId()).stream().map(s -> new Summary(s.id(), s.status(), s.title(),
                s.createdAt(), s.responses())).toList();
    }

    /** The whole survey, link included, for its organisers. */
    @Transactional(readOnly = true)
    public Survey read(Actor actor, SurveyId id) {
        return owned(actor, id);
    }

    /** Whether the actor organises this survey (and may therefore see its link and results). */
    public boolean organises(Actor actor, Survey survey) {
        return actor.has(Permission.NETWORK_COORDINATE) && survey.ownerAgency().equals(actor.agencyId());
    }

    /** The form of an open or closed survey, for any signed-in respondent; a draft is not found. */
    @Transactional(readOnly = true)
    public Survey form(Actor actor, SurveyId id) {
        Survey survey = surveys.find(id).orElseThrow(SurveyService::notFound);
        if (organises(actor, survey) || survey.status() != SurveyStatus.DRAFT) {
            return survey;
        }
        throw notFound();
    }

    /** The survey behind a shared link, open or closed (the page says so); a draft's link leads nowhere yet. */
    @Transactional(readOnly = true)
    public Survey formByLink(String token) {
        return surveys.findByLink(token == null ? "" : token)
                .filter(survey -> survey.status() != SurveyStatus.DRAFT)
                .orElseThrow(SurveyService::notFound);
    }

    /** A response through the shared link, from anyone: the link is the respondent's only key. */
    @Transactional
    public Submitted submitByLink(String token, ResponseSubmission submission) {
        Survey survey = formByLink(token);
        return submit(null, survey, submission, "LINK");
    }

    /** A response through the API by a signed-in client. */
    @Transactional
    public Submitted submit(Actor actor, SurveyId id, ResponseSubmission submission) {
        return submit(actor, form(actor, id), submission, "API");
    }

    /** A respondent's own answers, through the receipt token they were given; nothing else is reachable with it. */
    @Transactional(readOnly = true)
    public Receipt receipt(String receipt) {
        SurveyRepository.StoredResponse stored = surveys.findResponse(hash(receipt == null ? "" : receipt))
                .orElseThrow(() -> KomarException.notFound("SURVEY_RESPONSE_NOT_FOUND"));
        Survey survey = surveys.find(stored.surveyId()).orElseThrow(SurveyService::notFound);
        List<ReceiptAnswer> answers = survey.questions().stream().map(question -> {
            List<ResponseRules.Row> rows = stored.rows().stream()
                    .filter(row -> row.questionId().equals(question.id())).toList();
            List<Survey.Option> options = rows.stream().filter(row -> row.optionId() != null)
                    .map(row -> question.option(row.optionId()).orElseThrow()).toList();
            String text = rows.stream().map(ResponseRules.Row::text).filter(t -> t != null).findFirst()
                    .orElse(null);
            return new ReceiptAnswer(question, options, text);
        }).toList();
        return new Receipt(survey, stored.group(), stored.language(), stored.submittedAt(), answers);
    }

    @Transactional
    public SurveyResults results(Actor actor, SurveyId id) {
        Survey survey = owned(actor, id);
        audit.record(actor, "SURVEY_RESULTS_READ", subject(id));
        return ResultTable.build(survey, surveys.respondentsByGroup(id), surveys.optionCounts(id),
                surveys.answeredCounts(id), surveys.texts(id));
    }

    /** Records that results left Komar as a file ({@code format} CSV or XLSX). */
    @Transactional
    public SurveyResults export(Actor actor, SurveyId id, String format) {
        SurveyResults results = results(actor, id);
        audit.record(actor, "SURVEY_RESULTS_EXPORTED", subject(id), null, "format=" + format);
        return results;
    }

    private Submitted submit(Actor actor, Survey survey, ResponseSubmission submission, String channel) {
        if (survey.status() != SurveyStatus.OPEN) {
            throw KomarException.conflict("SURVEY_NOT_OPEN");
        }
        ResponseRules.Valid valid = ResponseRules.check(survey, submission);
        UUID id = UUID.randomUUID();
        String receipt = token(32);
        Instant now = clock.instant();
        surveys.insertResponse(id, survey.id(), valid, channel, now, hash(receipt));
        audit.record(actor, "SURVEY_RESPONSE_SUBMITTED", subject(survey.id()), null, "channel=" + channel);
        return new Submitted(id, survey.id(), valid.group(), now, receipt);
    }

    private void changeStatus(Survey survey, Integer version, SurveyStatus status) {
        int expected = version == null ? survey.version() : version;
        if (!surveys.updateStatus(survey.id(), expected, status, clock.instant())) {
            throw KomarException.conflict("STALE_SURVEY");
        }
    }

    private Survey draft(Actor actor, SurveyId id, int version) {
        Survey survey = owned(actor, id);
        if (survey.status() != SurveyStatus.DRAFT) {
            throw KomarException.conflict("SURVEY_NOT_DRAFT");
        }
        if (!surveys.touch(id, version)) {
            throw KomarException.conflict("STALE_SURVEY");
        }
        return survey;
    }

    private Survey owned(Actor actor, SurveyId id) {
        actor.require(Permission.NETWORK_COORDINATE);
        return surveys.find(id).filter(survey -> organises(actor, survey)).orElseThrow(SurveyService::notFound);
    }

    private DefinitionRules rules() {
        return new DefinitionRules(label("survey.answer.yes"), label("survey.answer.no"));
    }

    private Bilingual label(String key) {
        return new Bilingual(messages.getMessage(key, null, Locale.ENGLISH),
                messages.getMessage(key, null, Locale.forLanguageTag("km")));
    }

    private static AuditSubject subject(SurveyId id) {
        return AuditSubject.of("SURVEY", id.toString());
    }

    private static KomarException notFound() {
        return KomarException.notFound("SURVEY_NOT_FOUND");
    }

    private static String token(int bytes) {
        byte[] random = new byte[bytes];
        RANDOM.nextBytes(random);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(random);
    }

    private static String hash(String token) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(token.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException impossible) {
            throw new IllegalStateException(impossible);
        }
    }
}
