package org.komar.survey;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.komar.access.AgencyId;
import org.komar.access.UserId;
import org.komar.shared.Bilingual;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class SurveyRepository {

    /** A survey as listed: no questions, with its number of responses. */
    record Summary(SurveyId id, SurveyStatus status, Bilingual title, Instant createdAt, int responses) {
    }

    /** A stored response as its respondent sees it again through the receipt. */
    record StoredResponse(UUID id, SurveyId surveyId, String group, String language, Instant submittedAt,
                          List<ResponseRules.Row> rows) {
    }

    private final JdbcClient jdbc;

    SurveyRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void insert(Survey survey) {
        jdbc.sql("""
                INSERT INTO survey (id, owner_agency_id, created_by, created_at, status, title_en, title_km,
                                    description_en, description_km, link_token, opened_at, version)
                VALUES (:id, :agency, :by, :at, :status, :titleEn, :titleKm, :descEn, :descKm, :token, :opened, 0)""")
                .param("id", survey.id().value()).param("agency", survey.ownerAgency().value())
                .param("by", survey.createdBy().value()).param("at", utc(survey.createdAt()))
                .param("status", survey.status().name())
                .param("titleEn", survey.title().en()).param("titleKm", survey.title().km())
                .param("descEn", survey.description().en()).param("descKm", survey.description().km())
                .param("token", survey.linkToken()).param("opened", utc(survey.openedAt()))
                .update();
        int position = 0;
        for (Survey.Group group : survey.groups()) {
            jdbc.sql("""
                    INSERT INTO survey_group (survey_id, code, position, label_en, label_km)
                    VALUES (:survey, :code, :position, :en, :km)""")
                    .param("survey", survey.id().value()).param("code", group.code()).param("position", ++position)
                    .param("en", group.label().en()).param("km", group.label().km()).update();
        }
        survey.questions().forEach(question -> insertQuestion(survey.id(), question));
    }

    void insertQuestion(SurveyId survey, Survey.Question question) {
        jdbc.sql("""
                INSERT INTO survey_question (id, survey_id, number, kind, text_en, text_km, required, max_choices)
                VALUES (:id, :survey, :number, :kind, :en, :km, :required, :max)""")
                .param("id", question.id()).param("survey", survey.value()).param("number", question.number())
                .param("kind", question.kind().name()).param("en", question.text().en())
                .param("km", question.text().km()).param("required", question.required())
                .param("max", question.maxChoices()).update();
        for (Survey.Option option : question.options()) {
            jdbc.sql("""
                    INSERT INTO survey_option (id, question_id, position, label_en, label_km, is_other)
                    VALUES (:id, :question, :position, :en, :km, :other)""")
                    .param("id", option.id()).param("question", question.id()).param("position", option.position())
                    .param("en", option.label().en()).param("km", option.label().km())
                    .param("other", option.other()).update();
        }
    }

    /** Removes a question of a draft (a draft has no answers) and renumbers those after it. */
    void deleteQuestion(SurveyId survey, Survey.Question question) {
        jdbc.sql("DELETE FROM survey_option WHERE question_id = :id").param("id", question.id()).update();
        jdbc.sql("DELETE FROM survey_question WHERE id = :id").param("id", question.id()).update();
        jdbc.sql("UPDATE survey_question SET number = number - 1 WHERE survey_id = :survey AND number > :number")
                .param("survey", survey.value()).param("number", question.number()).update();
    }

    /** Compare-and-set on the survey's version: false when someone changed it meanwhile. */
    boolean touch(SurveyId id, int version) {
        return jdbc.sql("UPDATE survey SET version = version + 1 WHERE id = :id AND version = :version")
                .param("id", id.value()).param("version", version).update() == 1;
    }

    boolean updateStatus(SurveyId id, int version, SurveyStatus status, Instant at) {
        String column = status == SurveyStatus.OPEN ? "opened_at" : "closed_at";
        return jdbc.sql("UPDATE survey SET status = :status, " + column + " = :at, version = version + 1 "
                        + "WHERE id = :id AND version = :version")
                .param("status", status.name()).param("at", utc(at)).param("id", id.value())
                .param("version", version).update() == 1;
    }

    Optional<Survey> find(SurveyId id) {
        return jdbc.sql("SELECT * FROM survey WHERE id = :id").param("id", id.value())
                .query((rs, n) -> surveyRow(rs)).optional().map(this::complete);
    }

    Optional<Survey> findByLink(String token) {
        return jdbc.sql("SELECT * FROM survey WHERE link_token = :token").param("token", token)
                .query((rs, n) -> surveyRow(rs)).optional().map(this::complete);
    }

    List<Summary> listByAgency(AgencyId agency) {
        return jdbc.sql("""
                SELECT s.id, s.status, s.title_en, s.title_km, s.created_at,
                       (SELECT COUNT(*) FROM survey_response r WHERE r.survey_id = s.id) AS responses
                FROM survey s WHERE s.owner_agency_id = :agency ORDER BY s.created_at DESC""")
                .param("agency", agency.value())
                .query((rs, n) -> new Summary(new SurveyId(rs.getObject("id", UUID.class)),
                        SurveyStatus.valueOf(rs.getString("status")),
                        new Bilingual(rs.getString("title_en"), rs.getString("title_km")),
                        rs.getObject("created_at", OffsetDateTime.class).toInstant(), rs.getInt("responses")))
                .list();
    }

    void insertResponse(UUID id, SurveyId survey, ResponseRules.Valid response, String channel, Instant at,
                        String receiptHash) {
        jdbc.sql("""
                INSERT INTO survey_response (id, survey_id, respondent_group, language, channel, submitted_at,
                                             receipt_hash)
                VALUES (:id, :survey, :group, :language, :channel, :at, :receipt)""")
                .param("id", id).param("survey", survey.value()).param("group", response.group())
                .param("language", response.language()).param("channel", channel).param("at", utc(at))
                .param("receipt", receiptHash).update();
        for (ResponseRules.Row row : response.rows()) {
            jdbc.sql("""
                    INSERT INTO survey_answer (response_id, question_id, option_id, answer_text)
                    VALUES (:response, :question, :option, :text)""")
                    .param("response", id).param("question", row.questionId()).param("option", row.optionId())
                    .param("text", row.text()).update();
        }
    }

    Optional<StoredResponse> findResponse(String receiptHash) {
        return jdbc.sql("SELECT * FROM survey_response WHERE receipt_hash = :hash").param("hash", receiptHash)
                .query((rs, n) -> new StoredResponse(rs.getObject("id", UUID.class),
                        new SurveyId(rs.getObject("survey_id", UUID.class)), rs.getString("respondent_group"),
                        rs.getString("language"), rs.getObject("submitted_at", OffsetDateTime.class).toInstant(),
                        List.of()))
                .optional()
                .map(response -> new StoredResponse(response.id(), response.surveyId(), response.group(),
                        response.language(), response.submittedAt(), jdbc.sql("""
                                SELECT question_id, option_id, answer_text FROM survey_answer
                                WHERE response_id = :id""").param("id", response.id())
                        .query((rs, n) -> new ResponseRules.Row(rs.getObject("question_id", UUID.class),
                                rs.getObject("option_id", UUID.class), rs.getString("answer_text"))).list()));
    }

    Map<String, Integer> respondentsByGroup(SurveyId survey) {
        Map<String, Integer> counts = new LinkedHashMap<>();
        jdbc.sql("""
                SELECT respondent_group, COUNT(*) AS n FROM survey_response WHERE survey_id = :survey
                GROUP BY respondent_group""").param("survey", survey.value())
                .query(rs -> {
                    counts.put(rs.getString("respondent_group"), rs.getInt("n"));
                });
        return counts;
    }

    List<ResultTable.Count> optionCounts(SurveyId survey) {
        return jdbc.sql("""
                SELECT a.question_id, a.option_id, r.respondent_group, COUNT(*) AS n
                FROM survey_answer a JOIN survey_response r ON r.id = a.response_id
                WHERE r.survey_id = :survey AND a.option_id IS NOT NULL
                GROUP BY a.question_id, a.option_id, r.respondent_group""").param("survey", survey.value())
                .query((rs, n) -> new ResultTable.Count(rs.getObject("question_id", UUID.class),
                        rs.getObject("option_id", UUID.class), rs.getString("respondent_group"), rs.getInt("n")))
                .list();
    }

    List<ResultTable.Answered> answeredCounts(SurveyId survey) {
        return jdbc.sql("""
                SELECT a.question_id, r.respondent_group, COUNT(DISTINCT a.response_id) AS n
                FROM survey_answer a JOIN survey_response r ON r.id = a.response_id
                WHERE r.survey_id = :survey
                GROUP BY a.question_id, r.respondent_group""").param("survey", survey.value())
                .query((rs, n) -> new ResultTable.Answered(rs.getObject("question_id", UUID.class),
                        rs.getString("respondent_group"), rs.getInt("n")))
                .list();
    }

    List<ResultTable.Text> texts(SurveyId survey) {
        return jdbc.sql("""
                SELECT a.question_id, a.option_id, a.answer_text
                FROM survey_answer a JOIN survey_response r ON r.id = a.response_id
                WHERE r.survey_id = :survey AND a.answer_text IS NOT NULL
                ORDER BY r.submitted_at, r.id""").param("survey", survey.value())
                .query((rs, n) -> new ResultTable.Text(rs.getObject("question_id", UUID.class),
                        rs.getObject("option_id", UUID.class), rs.getString("answer_text")))
                .list();
    }

    private Survey complete(Survey survey) {
        List<Survey.Group> groups = jdbc.sql("""
                SELECT code, label_en, label_km FROM survey_group WHERE survey_id = :id ORDER BY position""")
                .param("id", survey.id().value())
                .query((rs, n) -> new Survey.Group(rs.getString("code"),
                        new Bilingual(rs.getString("label_en"), rs.getString("label_km")))).list();
        Map<UUID, List<Survey.Option>> options = new LinkedHashMap<>();
        jdbc.sql("""
                SELECT o.* FROM survey_option o JOIN survey_question q ON q.id = o.question_id
                WHERE q.survey_id = :id ORDER BY o.position""").param("id", survey.id().value())
                .query(rs -> {
                    options.computeIfAbsent(rs.getObject("question_id", UUID.class), q -> new ArrayList<>())
                            .add(new Survey.Option(rs.getObject("id", UUID.class), rs.getInt("position"),
                                    new Bilingual(rs.getString("label_en"), rs.getString("label_km")),
                                    rs.getBoolean("is_other")));
                });
        List<Survey.Question> questions = jdbc.sql("""
                SELECT * FROM survey_question WHERE survey_id = :id ORDER BY number""")
                .param("id", survey.id().value())
                .query((rs, n) -> {
                    UUID id = rs.getObject("id", UUID.class);
                    int max = rs.getInt("max_choices");
                    return new Survey.Question(id, rs.getInt("number"), QuestionKind.valueOf(rs.getString("kind")),
                            new Bilingual(rs.getString("text_en"), rs.getString("text_km")),
                            rs.getBoolean("required"), rs.wasNull() ? null : max,
                            options.getOrDefault(id, List.of()));
                }).list();
        return new Survey(survey.id(), survey.ownerAgency(), survey.createdBy(), survey.createdAt(), survey.status(),
                survey.title(), survey.description(), groups, questions, survey.linkToken(), survey.openedAt(),
                survey.closedAt(), survey.version());
    }

    private static Survey surveyRow(java.sql.ResultSet rs) throws java.sql.SQLException {
        return new Survey(new SurveyId(rs.getObject("id", UUID.class)),
                new AgencyId(rs.getObject("owner_agency_id", UUID.class)),
                new UserId(rs.getObject("created_by", UUID.class)),
                rs.getObject("created_at", OffsetDateTime.class).toInstant(),
                SurveyStatus.valueOf(rs.getString("status")),
                new Bilingual(rs.getString("title_en"), rs.getString("title_km")),
                new Bilingual(rs.getString("description_en"), rs.getString("description_km")),
                List.of(), List.of(), rs.getString("link_token"), instant(rs, "opened_at"),
                instant(rs, "closed_at"), rs.getInt("version"));
    }

    private static Instant instant(java.sql.ResultSet rs, String column) throws java.sql.SQLException {
        OffsetDateTime value = rs.getObject(column, OffsetDateTime.class);
        return value == null ? null : value.toInstant();
    }

    private static OffsetDateTime utc(Instant instant) {
        return instant == null ? null : OffsetDateTime.ofInstant(instant, ZoneOffset.UTC);
    }
}
