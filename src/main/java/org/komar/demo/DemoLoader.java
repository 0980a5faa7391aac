package org.komar.demo;

import java.time.Clock;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.komar.access.Accounts;
import org.komar.access.Actor;
import org.komar.access.Agency;
import org.komar.access.AgencyDirectory;
import org.komar.access.NewUser;
import org.komar.access.Role;
import org.komar.access.UserSummary;
import org.komar.cases.CaseService;
import org.komar.cases.CaseView;
import org.komar.cases.OpenCase;
import org.komar.child.Child;
import org.komar.child.ChildService;
import org.komar.geo.Gazetteer;
import org.komar.timeline.EventType;
import org.komar.timeline.NewEvent;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * Loads the demonstration data with {@code --demo}, once: agencies, users (password {@code KOMAR_DEMO_PASSWORD}, by
 * default {@value #DEFAULT_PASSWORD}) and {@code komar.demo-cases} cases (300 by default), each event recorded by a
 * user whose role may record it, through the same services people use.
 */
@Component
@Order(100)
class DemoLoader implements ApplicationRunner {

    static final String DEFAULT_PASSWORD = "komar-demo";
    private static final Logger log = LoggerFactory.getLogger(DemoLoader.class);
    private static final List<Role> RECORDING_ORDER = List.of(Role.POLICE, Role.PROSECUTOR, Role.INVESTIGATING_JUDGE,
            Role.JUDGE, Role.COURT_CLERK, Role.DETENTION_OFFICER, Role.SOCIAL_AGENT, Role.NGO_CASE_WORKER,
            Role.LAWYER);

    private final AgencyDirectory agencies;
    private final Accounts accounts;
    private final ChildService children;
    private final CaseService cases;
    private final Gazetteer gazetteer;
    private final Environment environment;
    private final Clock clock;
    private final Map<String, Actor> actors = new HashMap<>();

    DemoLoader(AgencyDirectory agencies, Accounts accounts, ChildService children, CaseService cases,
               Gazetteer gazetteer, Environment environment, Clock clock) {
        this.agencies = agencies;
        this.accounts = accounts;
        this.children = children;
        this.cases = cases;
        this.gazetteer = gazetteer;
        this.environment = environment;
        this.clock = clock;
    }

    @Override
    public void run(ApplicationArguments args) {
        boolean wanted = args.containsOption("demo") || environment.getProperty("komar.demo", Boolean.class, false);
        if (!wanted) {
            return;
        }
        if (agencies.findByCode("POL-12").isPresent()) {
            log.info("Demonstration data already present; not loaded again");
            return;
        }
        long started = System.nanoTime();
        createAgencies();
        String password = environment.getProperty("KOMAR_DEMO_PASSWORD", DEFAULT_PASSWORD);
        createUsers();
        int count = environment.getProperty("komar.demo-cases", Integer.class, 300);
        List<DemoCase> generated = new DemoCaseload(20261121L, gazetteer, clock.instant()).generate(count);
        for (DemoCase demo : generated) {
            load(demo);
        }
        log.info("Loaded demonstration data: {} agencies, {} cases in {} ms; users sign in with password '{}'",
                DemoAgencies.ALL.size(), generated.size(), (System.nanoTime() - started) / 1_000_000, password);
    }

    private void createAgencies() {
        for (DemoAgencies.Spec spec : DemoAgencies.ALL) {
            agencies.create(spec.code(), spec.type(), spec.latin(), spec.khmer(), spec.province());
        }
    }

    private void createUsers() {
        user("police", "Sgt. Chan Vibol", "POL-12", Role.POLICE);
        user("prosecutor", "Keo Sothea", "PRO-12", Role.PROSECUTOR);
        user("investigator", "Judge Lim Sokunthea", "CFI-12", Role.INVESTIGATING_JUDGE);
        user("judge", "Judge Heng Sopheak", "CFI-12", Role.JUDGE);
        user("clerk", "Meas Dalin", "CFI-12", Role.COURT_CLERK);
        user("prison", "Pov Samnang", "CC2", Role.DETENTION_OFFICER);
        user("centre", "Touch Sreyneang", "YRC-08", Role.DETENTION_OFFICER);
        user("social", "Sam Sophorn", "DOSVY-12", Role.SOCIAL_AGENT);
        user("lawyer", "Seng Rotha", "LAC", Role.LAWYER);
        user("ngo", "Ly Chanthou", "FRIENDS", Role.NGO_CASE_WORKER);
        user("ngo.siemreap", "Yin Malis", "THISLIFE", Role.NGO_CASE_WORKER);
        user("monitor", "Um Vanna", "CCHR", Role.TRIAL_MONITOR);
        user("statistician", "Nhem Bunthoeun", "MOJ", Role.STATISTICIAN);
        // Heads of unit and office: breaches nobody acknowledged in time are escalated to them.
        user("police.chief", "Maj. Sok Chanthy", "POL-12", Role.POLICE, Role.SUPERVISOR);
        user("prosecutor.chief", "Chief prosecutor Ouk Vanna", "PRO-12", Role.PROSECUTOR, Role.SUPERVISOR);
        for (String province : DemoAgencies.PROVINCES) {
            if ("12".equals(province)) {
                continue;
            }
            user("police." + province, "Police " + province, "POL-" + province, Role.POLICE);
            user("prosecutor." + province, "Prosecutor " + province, "PRO-" + province, Role.PROSECUTOR);
            user("investigator." + province, "Investigating judge " + province, "CFI-" + province,
                    Role.INVESTIGATING_JUDGE);
            user("judge." + province, "Judge " + province, "CFI-" + province, Role.JUDGE);
            user("social." + province, "Social agent " + province, "DOSVY-" + province, Role.SOCIAL_AGENT);
        }
        for (String prison : List.of("PRI-17", "PRI-01", "PRI-02", "PRI-03")) {
            user("prison." + prison.substring(4), "Officer " + prison, prison, Role.DETENTION_OFFICER);
        }
        for (UserSummary user : accounts.all()) {
            Agency agency = agencies.require(user.agencyId());
            actors.put(user.username(), new Actor(user.id(), user.username(), user.displayName(), user.agencyId(),
                    agency.provinceCode(), user.roles(), Locale.ENGLISH));
        }
    }

    private void user(String username, String name, String agencyCode, Role role, Role... more) {
        Agency agency = agencies.findByCode(agencyCode).orElseThrow();
        accounts.create(new NewUser(username, environment.getProperty("KOMAR_DEMO_PASSWORD", DEFAULT_PASSWORD),
                name, null, agency.id(), EnumSet.of(role, more), "km"));
    }

    private void load(DemoCase demo) {
        String province = demo.province();
        Actor opener = "ACCOMPANYING_CAREGIVER".equals(demo.role()) ? actors.get("prison")
                : "CONFLICT_WITH_LAW".equals(demo.role()) ? actors.get(local("police", province))
                : actors.get(local("social", province));
        Child child = children.register(opener, demo.child());
        List<OpenCase.NewParty> parties = new ArrayList<>();
        for (String code : demo.partyAgencies()) {
            agencies.findByCode(code).ifPresent(agency -> parties.add(new OpenCase.NewParty(
                    agency.id().toString(), null, function(agency))));
        }
        if (demo.lawyerAssigned()) {
            parties.add(new OpenCase.NewParty(null, "lawyer", "LEGAL_AID"));
        }
        if (parties.stream().anyMatch(p -> "TRIAL_MONITORING".equals(p.function()))) {
            parties.add(new OpenCase.NewParty(null, "monitor", "TRIAL_MONITORING"));
        }
        CaseView view = cases.open(opener, new OpenCase(child.id().toString(), demo.role(), demo.offenceCode(),
                demo.offenceClass(), demo.offenceCode() == null ? null : Boolean.TRUE, demo.minPenaltyMonths(),
                demo.maxPenaltyMonths(), demo.offenceDate(), demo.place(), null, parties));
        for (DemoCase.Step step : demo.steps()) {
            Actor recorder = recorder(step.type(), province, step.attributes());
            try {
                cases.record(recorder, view.id(), null, new NewEvent(step.type().name(), step.at(),
                        step.attributes()));
            } catch (RuntimeException failed) {
                throw new IllegalStateException("demonstration " + demo.role() + " case: " + recorder.username()
                        + " could not record " + step.type() + " (" + failed.getMessage() + ")", failed);
            }
        }
    }

    private Actor recorder(EventType type, String province, Map<String, Object> attributes) {
        for (Role role : RECORDING_ORDER) {
            if (!type.recordableBy().contains(role)) {
                continue;
            }
            String username = switch (role) {
                case POLICE -> local("police", province);
                case PROSECUTOR -> local("prosecutor", province);
                case INVESTIGATING_JUDGE -> local("investigator", province);
                case JUDGE, COURT_CLERK -> local("judge", province);
                case DETENTION_OFFICER -> prisonUser(attributes, province);
                case SOCIAL_AGENT -> local("social", province);
                case NGO_CASE_WORKER -> "17".equals(province) ? "ngo.siemreap" : "ngo";
                default -> "lawyer";
            };
            Actor actor = actors.get(username);
            if (actor != null) {
                return actor;
            }
        }
        throw new IllegalStateException("no demonstration user may record " + type);
    }

    private static String prisonUser(Map<String, Object> attributes, String province) {
        Object facility = attributes.getOrDefault("to", attributes.get("facility"));
        if ("YRC-08".equals(facility)) {
            return "centre";
        }
        String prison = DemoAgencies.prisonFor(province);
        return "CC2".equals(prison) ? "prison" : "prison." + prison.substring(4);
    }

    private static String local(String role, String province) {
        return "12".equals(province) ? role : role + "." + province;
    }

    private static String function(Agency agency) {
        return switch (agency.type()) {
            case PROSECUTION -> "PROSECUTION";
            case COURT_OF_FIRST_INSTANCE, COURT_OF_APPEAL -> "COURT";
            case PRISON, CORRECTION_CENTRE, YOUTH_REHABILITATION_CENTRE -> "DETENTION";
            case SOCIAL_AFFAIRS -> "SOCIAL_SERVICES";
            case NGO -> "SERVICE_PROVIDER";
            case LEGAL_AID -> "LEGAL_AID";
            case TRIAL_MONITORING -> "TRIAL_MONITORING";
            default -> "POLICE";
        };
    }
}
