package org.komar.demo;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Random;

import org.komar.access.Accounts;
import org.komar.access.Actor;
import org.komar.access.AgencyDirectory;
import org.komar.access.UserSummary;
import org.komar.aftercare.AftercarePlan;
import org.komar.aftercare.AftercareService;
import org.komar.cases.CaseFilter;
import org.komar.cases.CaseService;
import org.komar.cases.CaseView;
import org.komar.cases.OpenCase;
import org.komar.courts.CourtService;
import org.komar.courts.Hearing;
import org.komar.courts.MonitoringService;
import org.komar.shared.Cambodia;
import org.komar.timeline.EventType;
import org.komar.timeline.LegalEvent;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * Courts, trial monitoring and aftercare demonstration data, after the cases ({@link DemoLoader}): hearings of
 * Phnom Penh cases held (in camera or not, a few postponed) and coming this week and next, the CCHR monitor
 * admitted to some of them with checklists whose answers follow CCHR's juvenile findings (pre-trial detention the
 * rule, judgments still announced in public), aftercare plans at release by DoSVY and the NGOs, and some children
 * back before the police within a year of release.
 */
@Component
@Order(120)
class DemoCourts implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoCourts.class);

    private final AgencyDirectory agencies;
    private final Accounts accounts;
    private final CaseService cases;
    private final CourtService courts;
    private final MonitoringService monitoring;
    private final AftercareService aftercare;
    private final Environment environment;
    private final Clock clock;
    private final Random random = new Random(20261204L);

    DemoCourts(AgencyDirectory agencies, Accounts accounts, CaseService cases, CourtService courts,
               MonitoringService monitoring, AftercareService aftercare, Environment environment, Clock clock) {
        this.agencies = agencies;
        this.accounts = accounts;
        this.cases = cases;
        this.courts = courts;
        this.monitoring = monitoring;
        this.aftercare = aftercare;
        this.environment = environment;
        this.clock = clock;
    }

    @Override
    public void run(ApplicationArguments args) {
        boolean wanted = args.containsOption("demo") || environment.getProperty("komar.demo", Boolean.class, false);
        Optional<Actor> clerk = actor("clerk");
        if (!wanted || clerk.isEmpty()) {
            return;
        }
        // Loaded already if one of the newest cases in conflict has a hearing. Not only the newest: the re-offences
        // this data adds are newer than the cases it gave hearings to.
        List<CaseView> newest = inConflict(clerk.get(), 40);
        if (newest.isEmpty() || newest.stream().anyMatch(kase -> !courts.ofCase(clerk.get(), kase.id()).isEmpty())) {
            return;
        }
        int hearings = hearings(clerk.get(), actor("monitor").orElseThrow());
        int plans = 0;
        for (String[] worker : new String[][] {{"social", "Community-based reintegration"},
                {"ngo", "Reintegration and family support"}, {"ngo.siemreap", "Youth diversion and reintegration"}}) {
            Optional<Actor> actor = actor(worker[0]);
            if (actor.isPresent()) {
                plans += plans(actor.get(), worker[1]);
            }
        }
        log.info("Loaded the courts' and aftercare demonstration data: {} hearings, {} aftercare plans", hearings,
                plans);
    }

    private int hearings(Actor clerk, Actor monitor) {
        List<CaseView> list = inConflict(clerk, 40);
        LocalDate today = LocalDate.now(clock.withZone(Cambodia.ZONE));
        int count = 0;
        for (int i = 0; i < Math.min(list.size(), 30); i++) {
            CaseView kase = list.get(i);
            boolean past = i < 18;
            LocalDate day = past ? workingDay(today.minusDays(2 + random.nextInt(120)))
                    : workingDay(today.plusDays(random.nextInt(12)));
            LocalDateTime at = day.atTime(random.nextBoolean() ? 8 : 14, random.nextBoolean() ? 0 : 30);
            if (!past && !at.atZone(Cambodia.ZONE).toInstant().isAfter(clock.instant())) {
                at = at.plusDays(1);
            }
            String kind = past && i % 5 == 4 ? "JUDGMENT" : i % 7 == 6 ? "RELEASE_APPLICATION" : "TRIAL";
            Hearing hearing = courts.schedule(clerk, new CourtService.NewHearing(kase.id().toString(),
                    at.atZone(Cambodia.ZONE).toOffsetDateTime().toString(), kind,
                    random.nextBoolean() ? "Juvenile chamber" : "Chamber 2"));
            count++;
            if (!past) {
                continue;
            }
            if (i % 6 == 5) {
                Hearing postponed = courts.postpone(clerk, hearing.id(), new CourtService.Postponement(
                        i % 12 == 5 ? "CHILD_NOT_BROUGHT" : "LAWYER_ABSENT", null,
                        workingDay(today.plusDays(3 + random.nextInt(10))).atTime(9, 0).toString(), null));
                count += postponed.replacedBy() == null ? 0 : 1;
                continue;
            }
            boolean inCamera = random.nextInt(100) < 70;
            courts.hold(clerk, hearing.id(), new CourtService.HeldHearing(inCamera, random.nextInt(100) < 55,
                    random.nextInt(100) < 85, random.nextInt(100) < 60, random.nextInt(100) < 50,
                    random.nextInt(100) < 10, false, null, null));
            if (i % 3 != 2) {
                courts.admitMonitor(clerk, hearing.id(), monitor.username());
                monitoring.save(monitor, hearing.id(), checklist(inCamera), null, null);
            }
        }
        return count;
    }

    /** Answers in the proportions CCHR reported for juveniles (LAW.md section 4), drawn at random. */
    private Map<String, String> checklist(boolean inCamera) {
        Map<String, String> answers = new HashMap<>();
        answers.put("PUBLIC_NOTICE", yes(60));
        answers.put("JUDGE_IMPARTIAL", yes(90));
        answers.put("RIGHTS_EXPLAINED", yes(70));
        answers.put("CHARGE_EXPLAINED", yes(69));
        answers.put("TIME_TO_PREPARE_DEFENCE", yes(55));
        answers.put("LEGAL_REPRESENTATION", yes(85));
        answers.put("ACCUSED_PRESENT", yes(97));
        answers.put("PRISON_UNIFORM", yes(26));
        answers.put("HANDCUFFED", yes(15));
        answers.put("GUILT_PRESUMED_BY_JUDGE", yes(10));
        answers.put("CONFESSION_RELIED_ON", yes(45));
        answers.put("COERCION_ALLEGED", yes(12));
        answers.put("WITNESSES_EXAMINED", random.nextInt(100) < 20 ? "NOT_OBSERVED" : yes(50));
        answers.put("DEFENCE_EVIDENCE_HEARD", yes(60));
        answers.put("JUDGMENT_REASONED", yes(50));
        answers.put("APPEAL_RIGHT_EXPLAINED", yes(65));
        answers.put("AGE_AT_OFFENCE", String.valueOf(14 + random.nextInt(4)));
        String[] evidence = {"BIRTH_CERTIFICATE", "FAMILY_BOOK", "ID_CARD", "DECLARATION", "NOT_ESTABLISHED"};
        answers.put("AGE_EVIDENCE", evidence[random.nextInt(evidence.length)]);
        boolean detained = random.nextInt(100) < 87;
        answers.put("PRETRIAL_DETENTION", detained ? "YES" : "NO");
        if (detained) {
            answers.put("PRETRIAL_DETENTION_DAYS", String.valueOf(20 + random.nextInt(200)));
        }
        answers.put("SEPARATED_FROM_ADULTS", yes(40));
        answers.put("IN_CAMERA", inCamera ? "YES" : "NO");
        answers.put("JUDGMENT_IN_PUBLIC", yes(70));
        answers.put("CHILD_NAMED_IN_PUBLIC", yes(30));
        answers.put("GUARDIAN_PRESENT", yes(55));
        answers.put("LAWYER_PRESENT", yes(85));
        answers.put("MITIGATION_FOR_MINORITY", yes(60));
        answers.put("NON_CUSTODIAL_CONSIDERED", yes(15));
        return answers;
    }

    private String yes(int percent) {
        return random.nextInt(100) < percent ? "YES" : "NO";
    }

    /**
     * Plans for the released children the worker sees, some of whom are back before the police within a year: a
     * new case opened for an offence 1 to 11 months after the release.
     */
    private int plans(Actor worker, String programme) {
        int made = 0;
        for (CaseView kase : inConflict(worker, 200)) {
            if (made >= 10) {
                break;
            }
            Optional<Instant> released = cases.timeline(worker, kase.id()).last(EventType.RELEASED)
                    .map(LegalEvent::at);
            if (released.isEmpty() || !aftercare.list(worker, kase.id()).isEmpty()) {
                continue;
            }
            LocalDate releaseDay = LocalDate.ofInstant(released.get(), Cambodia.ZONE);
            LocalDate today = LocalDate.now(clock.withZone(Cambodia.ZONE));
            LocalDate starts = releaseDay.plusDays(random.nextInt(5)).isAfter(today) ? releaseDay
                    : releaseDay.plusDays(random.nextInt(5));
            List<String> services = new ArrayList<>(List.of("FAMILY_SUPPORT"));
            services.add(random.nextBoolean() ? "EDUCATION" : "VOCATIONAL");
            if (random.nextInt(3) == 0) {
                services.add("DRUG_COUNSELLING");
            }
            AftercarePlan plan = aftercare.create(worker, new AftercareService.NewPlan(kase.id().toString(), null,
                    starts.toString(), programme, "Return home to the family; back to school or training;"
                    + " monthly visits for a year.", services));
            made++;
            LocalDate contact = starts.plusDays(14);
            for (int c = 0; c < 3 && !contact.isAfter(today); c++) {
                aftercare.recordContact(worker, plan.id(), new AftercareService.NewContact(c == 1 ? "SERVICE"
                        : "CONTACT", c == 1 ? services.get(1) : null, contact.toString(), null));
                contact = contact.plusDays(30 + random.nextInt(30));
            }
            if (random.nextInt(100) < 30) {
                reoffend(kase, releaseDay.plusDays(20 + random.nextInt(320)), today);
            }
        }
        return made;
    }

    private void reoffend(CaseView kase, LocalDate offence, LocalDate today) {
        if (offence.isAfter(today)) {
            return;
        }
        String province = kase.provinceCode();
        Optional<Actor> police = actor("12".equals(province) ? "police" : "police." + province);
        if (police.isEmpty()) {
            return;
        }
        try {
            cases.open(police.get(), new OpenCase(kase.childId().toString(), "CONFLICT_WITH_LAW", "DRUG_USE",
                    "MISDEMEANOUR", true, 1, 6, offence, kase.place(), null, List.of()));
        } catch (RuntimeException outOfTheUnitsScope) {
            log.debug("No second case for a demonstration child outside the police unit's scope");
        }
    }

    private List<CaseView> inConflict(Actor actor, int size) {
        return cases.list(actor, new CaseFilter(null, "CONFLICT_WITH_LAW", null, null, null, null, 0, size)).items();
    }

    private static LocalDate workingDay(LocalDate day) {
        LocalDate d = day;
        while (d.getDayOfWeek() == DayOfWeek.SATURDAY || d.getDayOfWeek() == DayOfWeek.SUNDAY) {
            d = d.plusDays(1);
        }
        return d;
    }

    private Optional<Actor> actor(String username) {
        return accounts.findByUsername(username).filter(UserSummary::enabled).map(user -> new Actor(user.id(),
                user.username(), user.displayName(), user.agencyId(),
                agencies.find(user.agencyId()).map(a -> a.provinceCode()).orElse(null), user.roles(),
                Locale.ENGLISH));
    }
}
