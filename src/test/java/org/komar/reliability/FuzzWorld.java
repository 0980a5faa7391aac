package org.komar.reliability;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.komar.access.Actor;
import org.komar.access.AgencyType;
import org.komar.access.Agency;
import org.komar.access.Role;
import org.komar.cases.CaseService;
import org.komar.cases.CaseView;
import org.komar.cases.OpenCase;
import org.komar.cases.PartyFunction;
import org.komar.support.ApiTarget;
import org.komar.support.SubjectCase;
import org.komar.child.Child;
import org.komar.referral.Referral;
import org.komar.referral.ReferralService;
import org.komar.survey.Survey;
import org.komar.survey.SurveyDefinition;
import org.komar.survey.SurveyService;
import org.komar.support.Fixtures;
import org.komar.timeline.LegalEvent;
import org.springframework.context.ApplicationContext;
import tools.jackson.databind.json.JsonMapper;

/**
 * The data the fuzzing works on, made once per test JVM through the application's services: a police officer in
 * Phnom Penh with a child and an open case; an NGO that receives referrals; a network coordinator with an open
 * survey; a statistician; an administrator. Each has a bearer token got through the token call.
 */
final class FuzzWorld {

    static final String SURVEY = """
            {"title": {"en": "Fuzzed survey", "km": "ការស្ទង់មតិសាកល្បង"},
             "groups": [{"code": "ORG", "label": {"en": "Organisations", "km": "អង្គការ"}}],
             "questions": [
               {"kind": "MULTIPLE", "required": true, "maxChoices": 2,
                "text": {"en": "Which topics?", "km": "ប្រធានបទណាខ្លះ?"},
                "options": [{"label": {"en": "Diversion", "km": "ការបង្វែរ"}},
                            {"label": {"en": "Courts", "km": "តុលាការ"}},
                            {"label": {"en": "Other", "km": "ផ្សេងៗ"}, "other": true}]},
               {"kind": "YES_NO", "text": {"en": "On the e-mail group?", "km": "នៅក្នុងក្រុមអ៊ីមែល?"}},
               {"kind": "TEXT", "text": {"en": "Anything else?", "km": "មានអ្វីផ្សេងទៀតទេ?"}}],
             "status": "OPEN"}""";

    private static FuzzWorld world;

    final ApplicationContext context;
    final Fixtures fixtures;
    final java.time.Clock clock;
    final Actor police;
    final Actor ngo;
    final Actor coordinator;
    final Actor statistician;
    final Actor administrator;
    /** An account only for fuzzing the token call: wrong passwords may lock it. */
    final Actor signingIn;
    final Agency ngoAgency;
    final Child child;
    final CaseView kase;
    final Survey survey;
    final String policeToken;
    final String ngoToken;
    final String coordinatorToken;
    final String statisticianToken;

    private FuzzWorld(LiveProperties test) {
        context = test.application;
        fixtures = test.fixtures();
        clock = test.clock();
        police = fixtures.actor(Role.POLICE, "12");
        ngoAgency = fixtures.agency(AgencyType.NGO, "12");
        ngo = fixtures.actor(Role.NGO_CASE_WORKER, ngoAgency);
        coordinator = fixtures.actor(Role.NETWORK_COORDINATOR, "12");
        statistician = fixtures.actor(Role.STATISTICIAN, "12");
        administrator = fixtures.actor(Role.ADMINISTRATOR, "12");
        signingIn = fixtures.actor(Role.POLICE, "12");
        child = fixtures.child(police, "Fuzz Dara", "ហ្វាស ដារា", "M", LocalDate.now(test.clock()).minusYears(15));
        kase = fixtures.conflictCase(police, child);
        survey = context.getBean(SurveyService.class).create(coordinator,
                context.getBean(JsonMapper.class).readValue(SURVEY, SurveyDefinition.class));
        policeToken = test.token(police.username(), Fixtures.PASSWORD);
        ngoToken = test.token(ngo.username(), Fixtures.PASSWORD);
        coordinatorToken = test.token(coordinator.username(), Fixtures.PASSWORD);
        statisticianToken = test.token(statistician.username(), Fixtures.PASSWORD);
    }

    static synchronized FuzzWorld of(LiveProperties test) {
        if (world == null) {
            world = new FuzzWorld(test);
        }
        return world;
    }

    /** A new live event on the case, for a void. */
    LegalEvent freshEvent() {
        return fixtures.record(police, kase.id(), "NOTIFIED", OffsetDateTime.now(clock).minusHours(1),
                "party", "GUARDIAN");
    }

    /** A new referral of the case to the NGO: open, or accepted by the NGO. */
    Referral referral(boolean accepted) {
        ReferralService referrals = context.getBean(ReferralService.class);
        Referral referral = referrals.refer(police, new ReferralService.NewReferral(kase.id().toString(),
                ngoAgency.id().toString(), "PSYCHOSOCIAL", "CHILD", null, "Counselling after arrest", false));
        return accepted ? referrals.accept(ngo, referral.id(), null, null) : referral;
    }

    List<Survey.Question> questions() {
        return survey.questions();
    }

    private final Map<Role, Actor> callers = new EnumMap<>(Role.class);
    private final Map<Role, String> callerTokens = new EnumMap<>(Role.class);

    /**
     * A caller of the role who reaches the case the way that role reaches cases (as the matrix sets them up): an
     * agency party, a personal assignment, or the same province; made once, with a token through the token call.
     */
    synchronized Actor caller(Role role, LiveProperties test) {
        if (role == Role.POLICE) {
            return police;
        }
        return callers.computeIfAbsent(role, r -> {
            CaseService cases = context.getBean(CaseService.class);
            Actor actor = switch (r.scope()) {
                case AGENCY -> {
                    Actor made = fixtures.actor(r, "01");
                    cases.grantAgency(kase.id(), made.agencyId(), PartyFunction.SERVICE_PROVIDER);
                    yield made;
                }
                case ASSIGNED -> {
                    Actor made = fixtures.actor(r, "01");
                    cases.addParty(police, kase.id(), new OpenCase.NewParty(null, made.username(),
                            r == Role.LAWYER ? "LEGAL_AID" : "TRIAL_MONITORING"));
                    yield made;
                }
                case PROVINCE, NONE -> fixtures.actor(r, "12");
            };
            callerTokens.put(r, test.token(actor.username(), Fixtures.PASSWORD));
            return actor;
        });
    }

    synchronized String token(Role role, LiveProperties test) {
        if (role == Role.POLICE) {
            return policeToken;
        }
        caller(role, test);
        return callerTokens.get(role);
    }

    /** What a matrix row builds its request against, for the given caller: this world's child and case. */
    ApiTarget target(Actor caller) {
        return new SubjectCase(caller, police, kase.id(), child, fixtures, context, clock);
    }
}
