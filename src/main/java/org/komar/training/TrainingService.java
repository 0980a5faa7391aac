package org.komar.training;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.komar.access.Actor;
import org.komar.access.AgencyDirectory;
import org.komar.access.AgencyId;
import org.komar.access.Permission;
import org.komar.audit.AuditLog;
import org.komar.audit.AuditSubject;
import org.komar.network.NetworkDirectory;
import org.komar.network.OrganisationCategory;
import org.komar.shared.Bilingual;
import org.komar.shared.Enums;
import org.komar.shared.FieldProblems;
import org.komar.shared.KomarException;
import org.komar.training.TrainingInputs.ParticipantDetails;
import org.komar.training.TrainingInputs.SeriesDetails;
import org.komar.training.TrainingInputs.SessionDetails;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Capacity building: series and sessions, registration and attendance, certificates, breakdowns and follow-up.
 * Network coordinators ({@code NETWORK_COORDINATE}) of the organising agency only; others get 404 for another
 * agency's series. Every change is audited, and so is every reading of participants' names.
 */
@Service
public class TrainingService {

    /** A series with its sessions and the participants of each. */
    public record SeriesView(Series series, List<Session> sessions, Map<UUID, List<Participant>> participants,
                             AttendanceBreakdown breakdown) {

        public List<Participant> participantsOf(Session session) {
            return participants.getOrDefault(session.id(), List.of());
        }
    }

    /** A session with its series, participants and breakdown. */
    public record SessionView(Series series, Session session, List<Participant> participants,
                              AttendanceBreakdown breakdown) {
    }

    /** A series as listed, with its figures. */
    public record SeriesSummary(Series series, int sessions, int registrants, int attendees, LocalDate first,
                                LocalDate last) {
    }

    /** One attendance in the follow-up: who, trained in what, when. */
    public record Trained(Participant participant, Session session) {
    }

    /** Who was trained in what: attendances by profession and province, and the list. */
    public record FollowUp(List<String> provinces, Map<Profession, Map<String, Integer>> counts,
                           Map<Profession, Integer> totals, List<Trained> trained) {
    }

    static final int MAX_TITLE = 300;

    private final TrainingRepository training;
    private final NetworkDirectory network;
    private final AgencyDirectory agencies;
    private final AuditLog audit;
    private final Clock clock;

    TrainingService(TrainingRepository training, NetworkDirectory network, AgencyDirectory agencies,
                    AuditLog audit, Clock clock) {
        this.training = training;
        this.network = network;
        this.agencies = agencies;
        this.audit = audit;
        this.clock = clock;
    }

    @Transactional
    public Series createSeries(Actor actor, SeriesDetails details) {
        actor.require(Permission.NETWORK_COORDINATE);
        FieldProblems problems = new FieldProblems();
        Bilingual title = Bilingual.of(details.titleEn(), details.titleKm());
        title.check("title", MAX_TITLE, problems);
        Bilingual description = Bilingual.of(blankToNull(details.descriptionEn()),
                blankToNull(details.descriptionKm()));
        if (description.en() != null || description.km() != null) {
            description.check("description", 2000, problems);
        }
        problems.throwIfAny();
        Series series = new Series(UUID.randomUUID(), actor.agencyId(), title, description, clock.instant(), 0);
        training.insertSeries(series, actor.userId());
        audit.record(actor, "TRAINING_SERIES_CREATED", subject("TRAINING_SERIES", series.id()));
        return series;
    }

    @Transactional(readOnly = true)
    public List<SeriesSummary> listSeries(Actor actor) {
        actor.require(Permission.NETWORK_COORDINATE);
        List<Series> all = training.seriesOf(actor.agencyId());
        Map<UUID, List<Session>> sessions = training.sessionsOrganisedBy(actor.agencyId(), null).stream()
                .collect(Collectors.groupingBy(Session::seriesId));
        Map<UUID, List<Participant>> participants = training.participantsOf(sessions.values().stream()
                .flatMap(List::stream).map(Session::id).toList()).stream()
                .collect(Collectors.groupingBy(Participant::sessionId));
        return all.stream().map(series -> {
            List<Session> ofSeries = sessions.getOrDefault(series.id(), List.of());
            List<Participant> people = ofSeries.stream()
                    .flatMap(s -> participants.getOrDefault(s.id(), List.of()).stream()).toList();
            return new SeriesSummary(series, ofSeries.size(), people.size(),
                    (int) people.stream().filter(Participant::attended).count(),
                    ofSeries.stream().map(Session::date).min(Comparator.naturalOrder()).orElse(null),
                    ofSeries.stream().map(Session::date).max(Comparator.naturalOrder()).orElse(null));
        }).toList();
    }

    @Transactional
    public SeriesView series(Actor actor, UUID id) {
        Series series = ownSeries(actor, id);
        List<Session> sessions = training.sessionsOf(id);
        List<Participant> participants = training.participantsOf(sessions.stream().map(Session::id).toList());
        audit.record(actor, "TRAINING_SERIES_READ", subject("TRAINING_SERIES", id));
        return new SeriesView(series, sessions, participants.stream()
                .collect(Collectors.groupingBy(Participant::sessionId)), breakdown(participants));
    }

    @Transactional
    public Session addSession(Actor actor, UUID seriesId, SessionDetails details) {
        Series series = ownSeries(actor, seriesId);
        FieldProblems problems = new FieldProblems();
        Bilingual title = Bilingual.of(details.titleEn(), details.titleKm());
        title.check("title", MAX_TITLE, problems);
        TrainingTopic topic = Enums.parse(TrainingTopic.class, details.topic(), "topic", problems, true);
        SessionLanguage language = Enums.parse(SessionLanguage.class, details.language(), "language", problems,
                true);
        AgencyId organisation = agency(details.organisation(), "organisation", problems);
        if (details.date() == null) {
            problems.add("date", "REQUIRED");
        }
        String province = province(details.province(), problems);
        for (int i = 0; i < details.materials().size(); i++) {
            Session.Material material = details.materials().get(i);
            if (material.url() == null || !material.url().matches("https?://\\S+")) {
                problems.add("materials", "TRAINING_MATERIAL_LINK_INVALID", i + 1);
            }
        }
        problems.throwIfAny();
        Session session = new Session(UUID.randomUUID(), series.id(), title, topic,
                limit(details.speakers(), 500), organisation, language, details.date(), province,
                limit(details.venue(), 300), details.materials(), 0);
        training.insertSession(session, clock.instant());
        audit.record(actor, "TRAINING_SESSION_ADDED", subject("TRAINING_SESSION", session.id()));
        return session;
    }

    @Transactional
    public SessionView session(Actor actor, UUID id) {
        Session session = training.session(id).orElseThrow(TrainingService::sessionNotFound);
        Series series = ownSeries(actor, session.seriesId(), "TRAINING_SESSION_NOT_FOUND");
        List<Participant> participants = training.participantsOf(List.of(id));
        audit.record(actor, "TRAINING_SESSION_READ", subject("TRAINING_SESSION", id));
        return new SessionView(series, session, participants, breakdown(participants));
    }

    @Transactional
    public Participant register(Actor actor, UUID sessionId, ParticipantDetails details) {
        Session session = training.session(sessionId).orElseThrow(TrainingService::sessionNotFound);
        ownSeries(actor, session.seriesId(), "TRAINING_SESSION_NOT_FOUND");
        FieldProblems problems = new FieldProblems();
        String name = limit(details.name(), 200);
        if (name == null) {
            problems.add("name", "REQUIRED");
        }
        ParticipantSex sex = Enums.parse(ParticipantSex.class, details.sex(), "sex", problems, true);
        AgeGroup age = Enums.parse(AgeGroup.class, details.ageGroup(), "ageGroup", problems, true);
        Profession profession = Enums.parse(Profession.class, details.profession(), "profession", problems, true);
        AgencyId organisation = agency(details.organisation(), "organisation", problems);
        String organisationName = limit(details.organisationName(), 200);
        if (organisation == null && organisationName == null) {
            problems.add("organisation", "TRAINING_ORGANISATION_REQUIRED");
        }
        String province = province(details.province(), problems);
        String email = limit(details.email(), 200);
        if (email != null && !email.matches("[^@\\s]+@[^@\\s]+\\.[^@\\s]+")) {
            problems.add("email", "NETWORK_EMAIL_INVALID");
        }
        problems.throwIfAny();
        Participant participant = new Participant(UUID.randomUUID(), sessionId, name,
                limit(details.nameKhmer(), 200), sex, age, profession, organisation,
                organisation == null ? organisationName : null, province, email, limit(details.phone(), 60),
                clock.instant(), false, null, 0);
        training.insertParticipant(participant);
        audit.record(actor, "TRAINING_PARTICIPANT_REGISTERED", subject("TRAINING_SESSION", sessionId), null,
                "participant=" + participant.id());
        return participant;
    }

    /**
     * Records who attended a session: exactly the participants listed in {@code attended}; everyone else of the
     * session did not. Attendees get a certificate number (kept if they already had one).
     */
    @Transactional
    public void recordAttendance(Actor actor, UUID sessionId, Set<UUID> attended) {
        Session session = training.session(sessionId).orElseThrow(TrainingService::sessionNotFound);
        ownSeries(actor, session.seriesId(), "TRAINING_SESSION_NOT_FOUND");
        List<Participant> participants = training.participantsOf(List.of(sessionId));
        Set<UUID> known = participants.stream().map(Participant::id).collect(Collectors.toSet());
        if (!known.containsAll(attended)) {
            throw KomarException.invalid("TRAINING_PARTICIPANT_NOT_FOUND");
        }
        for (Participant participant : participants) {
            training.setAttendance(participant.id(), attended.contains(participant.id()),
                    certificateNumber(session, participant));
        }
        audit.record(actor, "TRAINING_ATTENDANCE_RECORDED", subject("TRAINING_SESSION", sessionId), null,
                "attended=" + attended.size() + "/" + participants.size());
    }

    /** A participant who attended, for their certificate; one who did not has none (404). */
    @Transactional
    public SessionView certificate(Actor actor, UUID participantId) {
        Participant participant = training.participant(participantId).filter(Participant::attended)
                .orElseThrow(() -> KomarException.notFound("TRAINING_CERTIFICATE_NOT_FOUND"));
        Session session = training.session(participant.sessionId()).orElseThrow();
        Series series = ownSeries(actor, session.seriesId(), "TRAINING_CERTIFICATE_NOT_FOUND");
        audit.record(actor, "TRAINING_CERTIFICATE_PRINTED", subject("TRAINING_SESSION", session.id()), null,
                "participant=" + participantId);
        return new SessionView(series, session, List.of(participant), breakdown(List.of(participant)));
    }

    /**
     * Who the organiser's agency trained in what: attendances (not registrations) by profession and province,
     * optionally for one topic, one profession, one province, and the list of people.
     */
    @Transactional
    public FollowUp followUp(Actor actor, TrainingTopic topic, Profession profession, String province) {
        actor.require(Permission.NETWORK_COORDINATE);
        Map<UUID, Session> sessions = training.sessionsOrganisedBy(actor.agencyId(), topic).stream()
                .collect(Collectors.toMap(Session::id, Function.identity()));
        List<Trained> trained = training.participantsOf(sessions.keySet()).stream()
                .filter(Participant::attended)
                .filter(p -> profession == null || p.profession() == profession)
                .filter(p -> province == null || province.equals(p.province()))
                .map(p -> new Trained(p, sessions.get(p.sessionId())))
                .sorted(Comparator.comparing((Trained t) -> t.session().date()).reversed()
                        .thenComparing(t -> t.participant().name()))
                .toList();
        List<String> provinces = trained.stream().map(t -> t.participant().province() == null ? ""
                : t.participant().province()).distinct().sorted().toList();
        Map<Profession, Map<String, Integer>> counts = new LinkedHashMap<>();
        Map<Profession, Integer> totals = new LinkedHashMap<>();
        for (Profession p : Profession.values()) {
            List<Trained> ofProfession = trained.stream().filter(t -> t.participant().profession() == p).toList();
            if (ofProfession.isEmpty()) {
                continue;
            }
            Map<String, Integer> row = new LinkedHashMap<>();
            provinces.forEach(code -> row.put(code, (int) ofProfession.stream().filter(t -> code.equals(
                    t.participant().province() == null ? "" : t.participant().province())).count()));
            counts.put(p, row);
            totals.put(p, ofProfession.size());
        }
        audit.record(actor, "TRAINING_FOLLOW_UP_READ", AuditSubject.none(), null,
                "topic=" + topic + " profession=" + profession + " province=" + province);
        return new FollowUp(provinces, counts, totals, trained);
    }

    /** The organisations a participant can come from: every agency in Komar, by name (Khmer by its alphabet). */
    @SuppressWarnings({"unchecked", "rawtypes"})
    public List<org.komar.access.Agency> organisations(Locale locale) {
        Comparator<String> collator = (Comparator) com.ibm.icu.text.Collator.getInstance(
                com.ibm.icu.util.ULocale.forLocale(locale));
        return agencies.all().stream().filter(agency -> !agency.retired())
                .sorted(Comparator.comparing(agency -> agency.name(locale), collator)).toList();
    }

    private AttendanceBreakdown breakdown(List<Participant> participants) {
        Map<AgencyId, OrganisationCategory> categories = network.categories();
        return AttendanceBreakdown.of(participants, agency -> java.util.Optional.ofNullable(
                agency == null ? null : categories.get(agency)));
    }

    private Series ownSeries(Actor actor, UUID id) {
        return ownSeries(actor, id, "TRAINING_SERIES_NOT_FOUND");
    }

    private Series ownSeries(Actor actor, UUID id, String notFound) {
        actor.require(Permission.NETWORK_COORDINATE);
        return training.series(id).filter(series -> series.organiser().equals(actor.agencyId()))
                .orElseThrow(() -> KomarException.notFound(notFound));
    }

    private AgencyId agency(String value, String field, FieldProblems problems) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            AgencyId id = AgencyId.of(value.strip());
            if (agencies.find(id).isPresent()) {
                return id;
            }
        } catch (IllegalArgumentException malformed) {
            // reported below
        }
        problems.add(field, "AGENCY_NOT_FOUND");
        return null;
    }

    private static String province(String value, FieldProblems problems) {
        if (value == null || value.isBlank()) {
            return null;
        }
        if (!value.strip().matches("\\d{2}")) {
            problems.add("province", "UNKNOWN_GEO_CODE", value);
            return null;
        }
        return value.strip();
    }

    /** A number people can quote: the year of the session and a part of the participant's id. */
    private static String certificateNumber(Session session, Participant participant) {
        return "KMR-" + session.date().getYear() + "-" + participant.id().toString().substring(0, 8)
                .toUpperCase(Locale.ROOT);
    }

    private static String limit(String value, int max) {
        String text = blankToNull(value);
        return text == null ? null : text.length() > max ? text.substring(0, max) : text;
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    private static KomarException sessionNotFound() {
        return KomarException.notFound("TRAINING_SESSION_NOT_FOUND");
    }

    private static AuditSubject subject(String type, UUID id) {
        return AuditSubject.of(type, id.toString());
    }
}
