package org.komar.demo;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;

import org.komar.access.Accounts;
import org.komar.access.Actor;
import org.komar.access.Agency;
import org.komar.access.AgencyDirectory;
import org.komar.access.NewUser;
import org.komar.access.Role;
import org.komar.exchange.ExchangeBundle;
import org.komar.exchange.ImportSummary;
import org.komar.exchange.Importer;
import org.komar.exchange.ImportingUser;
import org.komar.exchange.LineResult;
import org.komar.exchange.SyntheticCaseload;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * Loads the demonstration data with {@code --demo}, once: agencies, users (password {@code KOMAR_DEMO_PASSWORD}, by
 * default {@value #DEFAULT_PASSWORD}) and {@code komar.demo-cases} cases (300 by default) of the synthetic caseload
 * ({@link SyntheticCaseload}, seed {@value #SEED}), ending now so that deadlines are live, imported by the
 * administrator through the exchange import with all its checks, as a file would be. Start-up fails if a case is
 * refused.
 */
@Component
@Order(100)
class DemoLoader implements ApplicationRunner {

    static final String DEFAULT_PASSWORD = "komar-demo";
    /** The same cases at every start; only their moments move, to end at the start. */
    static final long SEED = 20261121L;
    /** The user the cases are imported as: the administrator Komar creates on first start. */
    static final String IMPORTING_USER = "admin";
    private static final Logger log = LoggerFactory.getLogger(DemoLoader.class);
    /** The bundles' records carry their JSON shape; any mapper writes the exchange format from them. */
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final AgencyDirectory agencies;
    private final Accounts accounts;
    private final Importer importer;
    private final ImportingUser importingUser;
    private final Environment environment;
    private final Clock clock;

    DemoLoader(AgencyDirectory agencies, Accounts accounts, Importer importer, ImportingUser importingUser,
               Environment environment, Clock clock) {
        this.agencies = agencies;
        this.accounts = accounts;
        this.importer = importer;
        this.importingUser = importingUser;
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
        ImportSummary imported = importCases(count);
        log.info("Loaded demonstration data: {} agencies, {} cases imported ({} events) in {} ms; users sign in with"
                + " password '{}'", DemoAgencies.ALL.size(), imported.imported(), imported.events(),
                (System.nanoTime() - started) / 1_000_000, password);
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
    }

    private void user(String username, String name, String agencyCode, Role role, Role... more) {
        Agency agency = agencies.findByCode(agencyCode).orElseThrow();
        accounts.create(new NewUser(username, environment.getProperty("KOMAR_DEMO_PASSWORD", DEFAULT_PASSWORD),
                name, null, agency.id(), EnumSet.of(role, more), "km"));
    }

    /**
     * Generates the cases and imports them as one run; every line must import, or start-up stops with the codes of
     * the refusals (never a line's content: it names children).
     */
    private ImportSummary importCases(int count) {
        SyntheticCaseload caseload = new SyntheticCaseload(SEED, clock.instant());
        ByteArrayOutputStream file = new ByteArrayOutputStream();
        for (long i = 0; i < count; i++) {
            file.writeBytes(JSON.writeValueAsString(withPeople(caseload.bundle(i))).getBytes(StandardCharsets.UTF_8));
            file.write('\n');
        }
        Actor administrator = importingUser.named(IMPORTING_USER, Locale.ENGLISH).orElseThrow(() ->
                new IllegalStateException("demonstration cases: no enabled user " + IMPORTING_USER));
        List<String> refusals = new ArrayList<>();
        ImportSummary summary = importer.run(importer.open(administrator, Importer.Source.DEMO, (long) file.size()),
                administrator, new ByteArrayInputStream(file.toByteArray()), new Importer.Listener() {
                    @Override
                    public void line(LineResult result) {
                        if (result.status() != LineResult.Status.IMPORTED) {
                            refusals.add("line " + result.line() + " " + result.status().json() + " "
                                    + (result.problem() == null ? "" : result.problem().code() + " "
                                    + result.problem().fieldProblems().stream()
                                    .map(p -> p.field() + "=" + p.code()).toList()));
                        }
                    }
                });
        if (summary.imported() != count) {
            throw new IllegalStateException("demonstration cases: " + summary.imported() + " of " + count
                    + " imported; " + refusals.subList(0, Math.min(10, refusals.size())));
        }
        return summary;
    }

    /**
     * The case with the demonstration's lawyer and trial monitor as parties where Legal Aid of Cambodia or CCHR is
     * one: those accounts see only the cases they are assigned to, and should have some to see.
     */
    private static ExchangeBundle withPeople(ExchangeBundle bundle) {
        ExchangeBundle.Case kase = bundle.kase();
        List<ExchangeBundle.Party> parties = new ArrayList<>(kase.parties());
        for (ExchangeBundle.Party party : kase.parties()) {
            if ("LAC".equals(party.agency())) {
                parties.add(new ExchangeBundle.Party(null, "lawyer", "LEGAL_AID", null, party.since(), null));
            } else if ("CCHR".equals(party.agency())) {
                parties.add(new ExchangeBundle.Party(null, "monitor", "TRIAL_MONITORING", null, party.since(), null));
            }
        }
        return new ExchangeBundle(bundle.child(), new ExchangeBundle.Case(kase.id(), kase.caseNumber(), kase.role(),
                kase.offence(), kase.offenceDate(), kase.place(), kase.province(), kase.ownerAgency(), kase.openedAt(),
                parties), bundle.events());
    }
}
