package org.komar.demo;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.komar.access.Accounts;
import org.komar.access.Actor;
import org.komar.access.Agency;
import org.komar.access.AgencyDirectory;
import org.komar.access.UserSummary;
import org.komar.cases.CaseService;
import org.komar.cases.CaseView;
import org.komar.cases.OpenCase;
import org.komar.child.Child;
import org.komar.child.ChildDetails;
import org.komar.child.ChildService;
import org.komar.detention.ExitPlans;
import org.komar.exchange.SyntheticNames;
import org.komar.facility.FacilityRegister;
import org.komar.facility.Inspections;
import org.komar.shared.Cambodia;
import org.komar.shared.CaseId;
import org.komar.timeline.NewEvent;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * Demonstration data for deprivation of liberty, after the cases ({@link DemoLoader}): children held now in the
 * situations a roll must show (pre-trial detention past its limit, police custody past its hours, a girl whose
 * sentence ends this month, a boy turning 18 and a young man turning 24 in the youth rehabilitation centre, a child
 * still placed after the detention order ended, an appeal pending), complaints, incidents and family visits,
 * children living with their mothers near their third birthday (one with an exit plan), and inspections of the main
 * facilities with their findings and follow-up.
 */
@Component
@Order(105)
class DemoDetention implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoDetention.class);

    private final AgencyDirectory agencies;
    private final Accounts accounts;
    private final ChildService children;
    private final CaseService cases;
    private final FacilityRegister facilities;
    private final org.komar.geo.Gazetteer gazetteer;
    private final Inspections inspections;
    private final ExitPlans exitPlans;
    private final Environment environment;
    private final Clock clock;
    private Instant now;

    DemoDetention(AgencyDirectory agencies, Accounts accounts, ChildService children, CaseService cases,
                  FacilityRegister facilities, org.komar.geo.Gazetteer gazetteer, Inspections inspections,
                  ExitPlans exitPlans, Environment environment, Clock clock) {
        this.agencies = agencies;
        this.accounts = accounts;
        this.children = children;
        this.cases = cases;
        this.facilities = facilities;
        this.gazetteer = gazetteer;
        this.inspections = inspections;
        this.exitPlans = exitPlans;
        this.environment = environment;
        this.clock = clock;
    }

    @Override
    public void run(ApplicationArguments args) {
        boolean wanted = args.containsOption("demo") || environment.getProperty("komar.demo", Boolean.class, false);
        if (!wanted || agencies.findByCode("POL-12").isEmpty() || actor("prison").isEmpty()) {
            return;
        }
        var cc2 = facilities.byCode("CC2").orElseThrow();
        if (!inspections.ofFacility(cc2.id()).isEmpty()) {
            return;
        }
        now = clock.instant();
        int held = children();
        inspections(actor("admin").orElse(null));
        log.info("Loaded the detention demonstration data: {} more children held, inspections of 5 facilities", held);
    }

    private int children() {
        int count = 0;
        // Pre-trial detention of a 16-year-old for a misdemeanour, five months on: past the four months (CPC 214).
        CaseId a = held("12", "M", 16, "DRUG_POSSESSION", "MISDEMEANOUR", days(155), "CC2", false);
        record("prison", a, "FAMILY_CONTACT", days(40), "kind", "VISIT");
        record("prison", a, "COMPLAINT_FILED", days(20), "note", "Says he was beaten by an older detainee");
        count++;
        // A 15-year-old held with adults in Siem Reap for three months for a misdemeanour: past two months.
        CaseId b = held("17", "M", 15, "THEFT", "MISDEMEANOUR", days(95), "PRI-17", false);
        record("prison.17", b, "INCIDENT_IN_DETENTION", days(12), "note", "Fight in the shared cell");
        count++;
        // A felony pre-trial detention well within its six months, family visits recorded.
        CaseId c = held("17", "M", 17, "ROBBERY", "FELONY", days(40), "PRI-17", false);
        record("prison.17", c, "FAMILY_CONTACT", days(10), "kind", "VISIT");
        count++;
        // A girl sentenced to eight months, her sentence ending within the month.
        CaseId d = held("12", "F", 17, "DRUG_POSSESSION", "MISDEMEANOUR", days(230), "CC2", true);
        sentence(d, "12", days(150), 8);
        record("prison", d, "FAMILY_CONTACT", days(30), "kind", "CALL");
        count++;
        // A boy in the youth rehabilitation centre turning 18 in three weeks, conditional release possible.
        CaseId e = transferred("08", "M", 18, 21, "AGGRAVATED_THEFT", "FELONY", days(300), 24);
        record("centre", e, "FAMILY_CONTACT", days(25), "kind", "HOME_LEAVE");
        count++;
        // A young man sentenced for an offence at 17, turning 24 in the centre within the month: transfer due (JJL 82).
        transferred("08", "M", 24, 18, "MURDER", "FELONY", days(2300), 96);
        count++;
        // Still placed ten days after the pre-trial detention ended: held with no order.
        CaseId g = held("01", "M", 16, "THEFT", "MISDEMEANOUR", days(60), "PRI-01", false);
        record("investigator.01", g, "PRETRIAL_DETENTION_ENDED", days(10), "reason", "Released by the judge");
        count++;
        // Police custody of a 14-year-old for a misdemeanour, thirty hours on: past twenty-four (CPC 96).
        CaseId h = open("12", "M", 14, "PETTY_THEFT", "MISDEMEANOUR", now.minus(Duration.ofHours(31)), List.of());
        record("police", h, "ARRESTED", now.minus(Duration.ofHours(31)), "flagrant", true, "unit", "POL-12");
        record("police", h, "CUSTODY_STARTED", now.minus(Duration.ofHours(30)), "unit", "POL-12",
                "separatedFromAdults", true, "separatedBySex", true);
        count++;
        // Convicted, awaiting the appeal in Battambang.
        CaseId i = held("02", "M", 17, "DRUG_TRAFFICKING", "FELONY", days(250), "PRI-02", false);
        sentence(i, "02", days(120), 36);
        record("prosecutor.02", i, "APPEAL_FILED", days(110));
        count++;
        // Two children living with their mothers in Correction Centre 2, turning three soon; one has an exit plan.
        CaseId j = accompanying("F", LocalDate.ofInstant(now, Cambodia.ZONE).minusYears(3).plusDays(40), days(500));
        exitPlans.record(actor("social").orElseThrow(), j, new ExitPlans.NewExitPlan(
                LocalDate.ofInstant(now, Cambodia.ZONE).plusDays(35).toString(), "RELATIVE",
                "Grandmother, Kandal", "Home visit by DoSVY done; the mother agrees"));
        accompanying("M", LocalDate.ofInstant(now, Cambodia.ZONE).minusYears(3).plusDays(70), days(600));
        return count;
    }

    /** A child in pre-trial detention at a facility since {@code since} (custody the day before). */
    private CaseId held(String province, String sex, int age, String offence, String offenceClass, Instant since,
                        String facility, boolean separated) {
        CaseId id = open(province, sex, age, offence, offenceClass, since.minus(Duration.ofDays(1)),
                List.of(facilityAgency(facility)));
        record(local("police", province), id, "ARRESTED", since.minus(Duration.ofHours(26)), "flagrant", true,
                "unit", "POL-" + province);
        record(local("police", province), id, "CUSTODY_STARTED", since.minus(Duration.ofHours(25)),
                "unit", "POL-" + province, "separatedFromAdults", true);
        record(local("police", province), id, "CUSTODY_ENDED", since.minus(Duration.ofHours(5)),
                "outcome", "PRESENTED_TO_PROSECUTOR");
        record(local("investigator", province), id, "CHARGED", since.minus(Duration.ofHours(3)));
        record(local("investigator", province), id, "PRETRIAL_DETENTION_ORDERED", since, "facility", facility,
                "grounds", List.of("ENSURE_PRESENCE"), "reasoned", true);
        record(officer(facility), id, "PLACED", since.plus(Duration.ofHours(4)), "facility", facility, "section",
                "PRETRIAL", "separatedFromAdults", separated);
        return id;
    }

    private void sentence(CaseId id, String province, Instant at, int months) {
        record(local("judge", province), id, "HEARING_HELD", at.minus(Duration.ofDays(14)), "inCamera", true,
                "judgmentInPublic", false, "lawyerPresent", true);
        record(local("judge", province), id, "VERDICT", at, "outcome", "CONVICTED");
        record(local("judge", province), id, "SENTENCED", at, "custodial", true, "months", months,
                "suspended", false);
    }

    /** Sentenced in Phnom Penh, then transferred to the youth rehabilitation centre in Kandal. */
    private CaseId transferred(String province, String sex, int ageNext, int daysToBirthday, String offence,
                               String offenceClass, Instant since, int months) {
        LocalDate birth = LocalDate.ofInstant(now, Cambodia.ZONE).plusDays(daysToBirthday).minusYears(ageNext);
        CaseId id = open("12", sex, birth, offence, offenceClass, since.minus(Duration.ofDays(1)),
                List.of("CC2", "YRC-08"));
        record("police", id, "CUSTODY_STARTED", since.minus(Duration.ofHours(20)), "unit", "POL-12",
                "separatedFromAdults", true);
        record("investigator", id, "PRETRIAL_DETENTION_ORDERED", since, "facility", "CC2", "reasoned", true);
        record("prison", id, "PLACED", since.plus(Duration.ofHours(3)), "facility", "CC2", "separatedFromAdults", true);
        sentence(id, "12", since.plus(Duration.ofDays(100)), months);
        record("prison", id, "TRANSFERRED", since.plus(Duration.ofDays(110)), "from", "CC2", "to", "YRC-08");
        return id;
    }

    private CaseId accompanying(String sex, LocalDate birth, Instant placed) {
        Actor prison = actor("prison").orElseThrow();
        List<SyntheticNames.Name> givenNames = "F".equals(sex) ? SyntheticNames.GIRLS : SyntheticNames.BOYS;
        int n = Math.abs(birth.hashCode());
        SyntheticNames.Name family = SyntheticNames.FAMILY.get(n % SyntheticNames.FAMILY.size());
        SyntheticNames.Name given = givenNames.get(n / 7 % givenNames.size());
        Child child = children.register(prison, new ChildDetails(family.latin() + " " + given.latin(),
                family.khmer() + " " + given.khmer(), sex, birth, "DAY", "BIRTH_CERTIFICATE", village("12"), false,
                null, "KHMER", "KH", List.of("km"), List.of()));
        CaseView view = cases.open(prison, new OpenCase(child.id().toString(), "ACCOMPANYING_CAREGIVER", null, null,
                null, null, null, null, village("12").substring(0, 6), null, parties(List.of("DOSVY-12"))));
        Instant at = placed.isBefore(birth.atStartOfDay(Cambodia.ZONE).toInstant())
                ? birth.atStartOfDay(Cambodia.ZONE).toInstant().plus(Duration.ofDays(2)) : placed;
        record("prison", view.id(), "PLACED", at, "facility", "CC2", "facilityType", "CORRECTION_CENTRE",
                "section", "MOTHERS", "separatedFromAdults", false, "withCaregiver", true);
        return view.id();
    }

    private CaseId open(String province, String sex, int age, String offence, String offenceClass, Instant offenceAt,
                        List<String> agencies) {
        LocalDate birth = LocalDate.ofInstant(offenceAt, Cambodia.ZONE).minusYears(age).minusDays(40);
        return open(province, sex, birth, offence, offenceClass, offenceAt, agencies);
    }

    private CaseId open(String province, String sex, LocalDate birth, String offence, String offenceClass,
                        Instant offenceAt, List<String> agencies) {
        Actor police = actor(local("police", province)).orElseThrow();
        int n = Math.abs((province + sex + birth).hashCode());
        SyntheticNames.Name family = SyntheticNames.FAMILY.get(n % SyntheticNames.FAMILY.size());
        List<SyntheticNames.Name> given = "F".equals(sex) ? SyntheticNames.GIRLS : SyntheticNames.BOYS;
        SyntheticNames.Name name = given.get((n / 31) % given.size());
        Child child = children.register(police, new ChildDetails(family.latin() + " " + name.latin(),
                family.khmer() + " " + name.khmer(), sex, birth, "DAY", "FAMILY_BOOK", village(province), false,
                null, "KHMER", "KH", List.of("km"), List.of()));
        List<String> all = new ArrayList<>(List.of("PRO-" + province, "CFI-" + province, "DOSVY-" + province));
        all.addAll(agencies);
        int[] penalty = switch (offenceClass) {
            case "FELONY" -> new int[] {60, 120};
            default -> new int[] {6, 36};
        };
        CaseView view = cases.open(police, new OpenCase(child.id().toString(), "CONFLICT_WITH_LAW", offence,
                offenceClass, true, penalty[0], penalty[1], LocalDate.ofInstant(offenceAt, Cambodia.ZONE),
                village(province).substring(0, 4), null, parties(all)));
        return view.id();
    }

    private List<OpenCase.NewParty> parties(List<String> codes) {
        List<OpenCase.NewParty> parties = new ArrayList<>();
        for (String code : codes) {
            agencies.findByCode(code).ifPresent(agency -> parties.add(new OpenCase.NewParty(agency.id().toString(),
                    null, function(agency))));
        }
        return parties;
    }

    private static String function(Agency agency) {
        return switch (agency.type()) {
            case PROSECUTION -> "PROSECUTION";
            case COURT_OF_FIRST_INSTANCE, COURT_OF_APPEAL -> "COURT";
            case PRISON, CORRECTION_CENTRE, YOUTH_REHABILITATION_CENTRE -> "DETENTION";
            case SOCIAL_AFFAIRS -> "SOCIAL_SERVICES";
            default -> "POLICE";
        };
    }

    private void record(String username, CaseId id, String type, Instant at, Object... attributes) {
        Map<String, Object> map = new LinkedHashMap<>();
        for (int k = 0; k < attributes.length; k += 2) {
            map.put((String) attributes[k], attributes[k + 1]);
        }
        Actor actor = actor(username).orElseThrow(() -> new IllegalStateException("no demonstration user " + username));
        cases.record(actor, id, null, new NewEvent(type, OffsetDateTime.ofInstant(at, Cambodia.ZONE), map));
    }

    private void inspections(Actor admin) {
        if (admin == null) {
            return;
        }
        LocalDate today = LocalDate.ofInstant(now, Cambodia.ZONE);
        inspect(admin, "CC2", today.minusDays(75), "NATIONAL_PREVENTIVE_MECHANISM", "National Preventive Mechanism",
                "Juvenile section over capacity; boys awaiting trial share cells with convicted boys. Girls' section "
                        + "separate and staffed by women.",
                "Separate boys awaiting trial from convicted boys; report on occupancy monthly", today.minusDays(15),
                null);
        inspect(admin, "YRC-08", today.minusDays(40), "INVESTIGATING_JUDGE", "Kandal Court of First Instance",
                "Register kept as JJL 78 requires; education and vocational training running; two children past "
                        + "the date of their conditional release eligibility without an application.",
                "Help the two children apply for conditional release (JJL 73)", today.plusDays(20), null);
        inspect(admin, "PRI-17", today.minusDays(200), "HUMAN_RIGHTS_ORGANISATION", "LICADHO",
                "Children held in the adult remand block; no separate register for minors (Law on Prisons 21); "
                        + "family visits limited to fifteen minutes.",
                "Open a separate register for minors and a juvenile cell", today.minusDays(100),
                today.minusDays(90));
        inspect(admin, "PRI-01", today.minusDays(320), "PROSECUTOR", "Banteay Meanchey Provincial Prosecution",
                "Pre-trial detention orders on file for every child held.", null, null, null);
        inspect(admin, "POL-12", today.minusDays(30), "PROSECUTOR", "Phnom Penh Municipal Prosecution",
                "Juvenile custody list kept (JJL 20); custody of one child beyond 24 hours found and ended.",
                "Report every custody of a child to the prosecutor at once (JJL 17)", today.minusDays(5), null);
    }

    private void inspect(Actor admin, String code, LocalDate on, String body, String bodyName, String findings,
                         String followUp, LocalDate due, LocalDate done) {
        var facility = facilities.byCode(code).orElseThrow();
        var inspection = inspections.record(admin, facility.id(), new Inspections.NewInspection(on.toString(), body,
                bodyName, findings, followUp, due == null ? null : due.toString()));
        if (done != null) {
            inspections.followUpDone(admin, inspection.id(), inspection.version(), done.toString(),
                    "Register opened; two cells set apart for boys");
        }
    }

    /** The first village of the province's first district and commune: a place code the gazetteer knows. */
    private String village(String province) {
        String code = province;
        for (int level = 0; level < 3; level++) {
            var below = gazetteer.children(code, false);
            if (below.isEmpty()) {
                return code;
            }
            code = below.get(0).code();
        }
        return code;
    }

    private Instant days(int ago) {
        return now.minus(Duration.ofDays(ago));
    }

    private static String facilityAgency(String facility) {
        return facility;
    }

    private static String officer(String facility) {
        return switch (facility) {
            case "CC2" -> "prison";
            case "YRC-08" -> "centre";
            default -> "prison." + facility.substring(4);
        };
    }

    private static String local(String role, String province) {
        return "12".equals(province) ? role : role + "." + province;
    }

    private Optional<Actor> actor(String username) {
        Optional<UserSummary> user = accounts.findByUsername(username);
        return user.map(u -> {
            Agency agency = agencies.require(u.agencyId());
            return new Actor(u.id(), u.username(), u.displayName(), u.agencyId(), agency.provinceCode(), u.roles(),
                    Locale.ENGLISH);
        });
    }
}
