package org.komar.demo;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.Set;
import java.util.UUID;

import org.komar.access.Accounts;
import org.komar.access.Actor;
import org.komar.access.Agency;
import org.komar.access.AgencyDirectory;
import org.komar.access.NewUser;
import org.komar.access.Role;
import org.komar.network.NetworkDirectory;
import org.komar.network.PersonDetails;
import org.komar.network.ProfileDetails;
import org.komar.shared.Bilingual;
import org.komar.shared.Cambodia;
import org.komar.survey.ResponseSubmission;
import org.komar.survey.Survey;
import org.komar.survey.SurveyDefinition;
import org.komar.survey.SurveyService;
import org.komar.training.Participant;
import org.komar.training.Session;
import org.komar.training.Series;
import org.komar.training.TrainingInputs;
import org.komar.training.TrainingService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * The child-justice network's demonstration data, after the cases ({@link DemoLoader}): a coordinator ({@code
 * network}), organisations of every category with focal people (case-management agencies among them), a training
 * series with three sessions and their attendance, and an open survey with responses from two respondent groups.
 */
@Component
@Order(110)
class DemoNetwork implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoNetwork.class);
    private static final String MARKER = "CRC-C";

    private final AgencyDirectory agencies;
    private final Accounts accounts;
    private final NetworkDirectory network;
    private final TrainingService training;
    private final SurveyService surveys;
    private final Environment environment;
    private final Clock clock;
    private final Random random = new Random(20260312L);

    DemoNetwork(AgencyDirectory agencies, Accounts accounts, NetworkDirectory network, TrainingService training,
                SurveyService surveys, Environment environment, Clock clock) {
        this.agencies = agencies;
        this.accounts = accounts;
        this.network = network;
        this.training = training;
        this.surveys = surveys;
        this.environment = environment;
        this.clock = clock;
    }

    @Override
    public void run(ApplicationArguments args) {
        boolean wanted = args.containsOption("demo") || environment.getProperty("komar.demo", Boolean.class, false);
        if (!wanted || agencies.findByCode("POL-12").isEmpty() || agencies.findByCode(MARKER).isPresent()) {
            return;
        }
        Actor coordinator = coordinator();
        List<Agency> members = organisations(coordinator);
        trainingSeries(coordinator, members);
        survey(coordinator);
        log.info("Loaded the network's demonstration data: {} organisations; coordinator 'network'", members.size());
    }

    private Actor coordinator() {
        // The secretariat's agency comes first, then its coordinator, who adds it to the network.
        Agency secretariat = agencies.create(MARKER, org.komar.access.AgencyType.NETWORK_MEMBER,
                "Child Rights Coalition Cambodia", "សម្ព័ន្ធសិទ្ធិកុមារកម្ពុជា", "12");
        var id = accounts.create(new NewUser("network", environment.getProperty("KOMAR_DEMO_PASSWORD",
                DemoLoader.DEFAULT_PASSWORD), "Chea Sophal", null, secretariat.id(),
                EnumSet.of(Role.NETWORK_COORDINATOR), "km"));
        Actor coordinator = new Actor(id, "network", "Chea Sophal", secretariat.id(), "12",
                EnumSet.of(Role.NETWORK_COORDINATOR), Locale.ENGLISH);
        network.addAgency(coordinator, secretariat.id(), profile("CIVIL_SOCIETY", "info@crc-cambodia.example", true));
        return coordinator;
    }

    private List<Agency> organisations(Actor coordinator) {
        List<Agency> members = new ArrayList<>();
        members.add(agencies.findByCode(MARKER).orElseThrow());
        record New(String code, String latin, String khmer, String category, String email) {
        }
        for (New spec : List.of(
                new New("UNICEF-KH", "UNICEF Cambodia", "អង្គការយូនីសេហ្វ ប្រចាំកម្ពុជា", "UN_AGENCY",
                        "phnompenh@unicef.example"),
                new New("EU-KH", "Delegation of the European Union to Cambodia",
                        "គណៈប្រតិភូសហភាពអឺរ៉ុបប្រចាំកម្ពុជា", "DEVELOPMENT_PARTNER", "delegation@eu.example"),
                new New("RULE", "Royal University of Law and Economics",
                        "សាកលវិទ្យាល័យភូមិន្ទនីតិសាស្ត្រ និងវិទ្យាសាស្ត្រសេដ្ឋកិច្ច", "ACADEMIC", "law@rule.example"),
                new New("CCYN", "Cambodian Children and Youth Network", "បណ្តាញកុមារ និងយុវជនកម្ពុជា",
                        "CHILD_YOUTH_NETWORK", "voice@ccyn.example"),
                new New("PROBONO-PP", "Phnom Penh Pro Bono Lawyers", "មេធាវីស្ម័គ្រចិត្តភ្នំពេញ", "LAW_FIRM",
                        "probono@lawyers.example"))) {
            members.add(network.createOrganisation(coordinator, spec.code(), spec.latin(), spec.khmer(), "12",
                    profile(spec.category(), spec.email(), !"LAW_FIRM".equals(spec.category()))).agency());
        }
        for (String[] existing : new String[][] {{"MOJ", "GOVERNMENT"}, {"MOSVY", "GOVERNMENT"},
                {"CFI-12", "GOVERNMENT"}, {"PRO-12", "GOVERNMENT"}, {"LAC", "CIVIL_SOCIETY"},
                {"FRIENDS", "CIVIL_SOCIETY"}, {"THISLIFE", "CIVIL_SOCIETY"}, {"CCHR", "CIVIL_SOCIETY"}}) {
            agencies.findByCode(existing[0]).ifPresent(agency -> members.add(network.addAgency(coordinator,
                    agency.id(), profile(existing[1], null, true)).agency()));
        }
        String[][] people = {{"Sok Chanthy", "សុខ ចន្ធី", "F"}, {"Lim Vuthy", "លឹម វុទ្ធី", "M"},
                {"Keo Sreyleak", "កែវ ស្រីលក្ខណ៍", "F"}, {"Chhay Rithy", "ឆាយ ឫទ្ធី", "M"},
                {"Meas Bopha", "មាស បុប្ផា", "F"}, {"Nget Piseth", "ង៉ែត ពិសិដ្ឋ", "M"},
                {"Ouk Davy", "អ៊ុក ដាវី", "F"}, {"Pen Sovann", "ប៉ែន សុវណ្ណ", "M"}};
        for (int i = 0; i < members.size(); i++) {
            String[] person = people[i % people.length];
            String email = person[0].toLowerCase(Locale.ROOT).replace(' ', '.') + "@"
                    + members.get(i).code().toLowerCase(Locale.ROOT) + ".example";
            network.addPerson(coordinator, members.get(i).id(), new PersonDetails(person[0], person[1],
                    "Focal person", person[2], email, "012 " + (300000 + i * 1117), true, true, true));
        }
        return members;
    }

    private void trainingSeries(Actor coordinator, List<Agency> members) {
        Series series = training.createSeries(coordinator, new TrainingInputs.SeriesDetails(
                "Juvenile justice for practitioners 2026", "យុត្តិធម៌អនីតិជនសម្រាប់អ្នកអនុវត្ត ២០២៦",
                "Monthly sessions for the members of the working group and the justice chain.",
                "វគ្គប្រចាំខែសម្រាប់សមាជិកក្រុមការងារ និងខ្សែសង្វាក់យុត្តិធម៌។"));
        LocalDate today = LocalDate.now(clock.withZone(Cambodia.ZONE));
        Agency unicef = agencies.findByCode("UNICEF-KH").orElseThrow();
        Agency rule = agencies.findByCode("RULE").orElseThrow();
        session(coordinator, series, "Diversion and non-custodial measures",
                "ការបង្វែរ និងវិធានការក្រៅពីការឃុំខ្លួន", "DIVERSION_NON_CUSTODIAL", "KM", today.minusDays(70),
                "H.E. Judge Chan Dara; Ms. Sok Chanthy", unicef, members, 22);
        session(coordinator, series, "Functions and procedures of children's courts",
                "មុខងារ និងនីតិវិធីនៃតុលាការកុមារ", "CHILDRENS_COURTS", "KM_EN", today.minusDays(40),
                "Prof. Lim Vuthy", rule, members, 26);
        session(coordinator, series, "Child-sensitive procedure for judges and prosecutors",
                "នីតិវិធីដែលប្រកាន់ខ្ជាប់កុមារ សម្រាប់ចៅក្រម និងព្រះរាជអាជ្ញា", "CHILD_SENSITIVE_PROCEDURE", "KM",
                today.minusDays(12), "Judge Heng Sopheak; Prosecutor Keo Sothea", unicef, members, 30);
    }

    private void session(Actor coordinator, Series series, String en, String km, String topic, String language,
                         LocalDate date, String speakers, Agency deliveredBy, List<Agency> members, int size) {
        Session session = training.addSession(coordinator, series.id(), new TrainingInputs.SessionDetails(en, km,
                topic, speakers, deliveredBy.id().toString(), language, date, "12", "Sunway Hotel, Phnom Penh",
                List.of(new Session.Material("Slides", "https://training.example/" + topic.toLowerCase(Locale.ROOT)
                        + ".pdf"))));
        String[] given = {"Dara", "Sophea", "Vanna", "Sokha", "Rachana", "Vibol", "Chenda", "Borey", "Malis", "Ratana",
                "Kosal", "Sreymom", "Visal", "Nary", "Pisey", "Samnang"};
        String[] family = {"Chan", "Sok", "Keo", "Lim", "Heng", "Meas", "Ouk", "Pen", "Nget", "Chhay", "Tep", "Uy"};
        String[] professions = "CHILDRENS_COURTS".equals(topic) || "CHILD_SENSITIVE_PROCEDURE".equals(topic)
                ? new String[] {"JUDGE", "JUDGE", "PROSECUTOR", "PROSECUTOR", "COURT_CLERK", "LAWYER", "SOCIAL_WORKER",
                "POLICE", "CHILD_OR_YOUTH_ADVOCATE"}
                : new String[] {"SOCIAL_WORKER", "POLICE", "PROSECUTOR", "NGO_STAFF", "LAWYER", "GOVERNMENT_OFFICIAL",
                "CHILD_OR_YOUTH_ADVOCATE", "PRISON_OFFICER"};
        String[] provinces = {"12", "12", "17", "02", "08", "03", "01"};
        Set<UUID> attended = new HashSet<>();
        for (int i = 0; i < size; i++) {
            String profession = professions[random.nextInt(professions.length)];
            boolean young = "CHILD_OR_YOUTH_ADVOCATE".equals(profession);
            String age = young ? (random.nextBoolean() ? "CHILD" : "YOUTH") : random.nextInt(8) == 0 ? "YOUTH"
                    : "ADULT";
            Agency organisation = young ? agencies.findByCode("CCYN").orElseThrow()
                    : members.get(random.nextInt(members.size()));
            Participant participant = training.register(coordinator, session.id(),
                    new TrainingInputs.ParticipantDetails(family[random.nextInt(family.length)] + " "
                            + given[random.nextInt(given.length)], null, random.nextInt(5) < 3 ? "F" : "M", age,
                            profession, random.nextInt(9) == 0 ? null : organisation.id().toString(),
                            "Provincial youth council", provinces[random.nextInt(provinces.length)], null, null));
            if (random.nextInt(100) < 82) {
                attended.add(participant.id());
            }
        }
        training.recordAttendance(coordinator, session.id(), attended);
    }

    private void survey(Actor coordinator) {
        SurveyDefinition definition = new SurveyDefinition(
                new Bilingual("Working group priorities 2026", "អាទិភាពក្រុមការងារ ឆ្នាំ២០២៦"),
                new Bilingual("Help the working group choose its priorities for the coming year.",
                        "សូមជួយក្រុមការងារជ្រើសរើសអាទិភាពសម្រាប់ឆ្នាំខាងមុខ។"),
                List.of(new SurveyDefinition.GroupDefinition("ORGANISATIONS", new Bilingual("Organisations",
                                "អង្គការ")),
                        new SurveyDefinition.GroupDefinition("CHILD_YOUTH_NETWORKS", new Bilingual(
                                "Child and youth-led networks", "បណ្តាញដឹកនាំដោយកុមារ និងយុវជន"))),
                List.of(new SurveyDefinition.QuestionDefinition("MULTIPLE", new Bilingual(
                                "Which topics should the working group take up? Choose up to 3.",
                                "តើក្រុមការងារគួរលើកយកប្រធានបទណាខ្លះ? ជ្រើសរើសបានច្រើនបំផុត ៣។"), true, 3, List.of(
                                option("Diversion and non-custodial measures", "ការបង្វែរ និងវិធានការក្រៅពីការឃុំខ្លួន"),
                                option("Children's courts", "តុលាការកុមារ"),
                                option("Conditions of detention", "លក្ខខណ្ឌនៃការឃុំខ្លួន"),
                                option("Legal aid for every child", "ជំនួយផ្លូវច្បាប់សម្រាប់កុមារគ្រប់រូប"),
                                option("Child participation", "ការចូលរួមរបស់កុមារ"),
                                option("Data and statistics", "ទិន្នន័យ និងស្ថិតិ"),
                                new SurveyDefinition.OptionDefinition(new Bilingual("Other (please specify)",
                                        "ផ្សេងៗ (សូមបញ្ជាក់)"), true))),
                        new SurveyDefinition.QuestionDefinition("SINGLE", new Bilingual(
                                "How often should the working group meet?", "តើក្រុមការងារគួរប្រជុំញឹកញាប់ប៉ុណ្ណា?"),
                                false, null, List.of(option("Every month", "រៀងរាល់ខែ"),
                                option("Every quarter", "រៀងរាល់ត្រីមាស"), option("Twice a year", "ពីរដងក្នុងមួយឆ្នាំ"))),
                        new SurveyDefinition.QuestionDefinition("YES_NO", new Bilingual(
                                "Are you on the network's e-mail group?", "តើអ្នកស្ថិតក្នុងក្រុមអ៊ីមែលរបស់បណ្តាញទេ?"),
                                false, null, null),
                        new SurveyDefinition.QuestionDefinition("TEXT", new Bilingual("Anything else?",
                                "មានអ្វីផ្សេងទៀតទេ?"), false, null, null)),
                "OPEN");
        Survey survey = surveys.create(coordinator, definition);
        Survey.Question topics = survey.questions().get(0);
        Survey.Question frequency = survey.questions().get(1);
        Survey.Question email = survey.questions().get(2);
        int[] weights = {9, 6, 4, 7, 3, 5, 1};
        for (int i = 0; i < 33; i++) {
            String group = i < 24 ? "ORGANISATIONS" : "CHILD_YOUTH_NETWORKS";
            Set<String> chosen = new java.util.LinkedHashSet<>();
            int count = 1 + random.nextInt(3);
            while (chosen.size() < count) {
                int pick = weighted(weights, group.startsWith("CHILD") ? 4 : -1);
                chosen.add(topics.options().get(pick).id().toString());
            }
            boolean other = chosen.contains(topics.options().get(6).id().toString());
            List<ResponseSubmission.Answer> answers = new ArrayList<>();
            answers.add(new ResponseSubmission.Answer(topics.id().toString(), List.copyOf(chosen),
                    other ? "Reintegration after release" : null, null));
            answers.add(new ResponseSubmission.Answer(frequency.id().toString(),
                    List.of(frequency.options().get(random.nextInt(3)).id().toString()), null, null));
            answers.add(new ResponseSubmission.Answer(email.id().toString(),
                    List.of(email.options().get(random.nextInt(4) == 0 ? 1 : 0).id().toString()), null, null));
            surveys.submitByLink(survey.linkToken(), new ResponseSubmission(group, random.nextBoolean() ? "km" : "en",
                    answers));
        }
    }

    /** An option index drawn by weight; {@code favour} (if not -1) weighs three times more. */
    private int weighted(int[] weights, int favour) {
        int total = 0;
        for (int i = 0; i < weights.length; i++) {
            total += i == favour ? weights[i] * 3 : weights[i];
        }
        int draw = random.nextInt(total);
        for (int i = 0; i < weights.length; i++) {
            draw -= i == favour ? weights[i] * 3 : weights[i];
            if (draw < 0) {
                return i;
            }
        }
        return 0;
    }

    private static SurveyDefinition.OptionDefinition option(String en, String km) {
        return new SurveyDefinition.OptionDefinition(new Bilingual(en, km), false);
    }

    private static ProfileDetails profile(String category, String email, boolean workingGroup) {
        return new ProfileDetails(category, null, email, null, null, workingGroup,
                workingGroup ? LocalDate.of(2024, 5, 1) : null, email != null, null);
    }
}
