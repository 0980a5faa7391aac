package org.komar.support;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;

import org.komar.access.Accounts;
import org.komar.access.Actor;
import org.komar.access.Agency;
import org.komar.access.AgencyDirectory;
import org.komar.access.AgencyType;
import org.komar.access.NewUser;
import org.komar.access.Role;
import org.komar.access.UserId;
import org.komar.cases.CaseService;
import org.komar.cases.CaseView;
import org.komar.cases.OpenCase;
import org.komar.child.Child;
import org.komar.child.ChildDetails;
import org.komar.child.ChildService;
import org.komar.exchange.SyntheticCaseload;
import org.komar.shared.CaseId;
import org.komar.timeline.LegalEvent;
import org.komar.timeline.NewEvent;

/**
 * Named builders for test data. Every agency and user gets a unique code, so tests never see each other's data
 * and need no clean-up. Users all have the password {@link #PASSWORD}.
 */
public class Fixtures {

    public static final String PASSWORD = "test-password-1";
    private static final AtomicInteger SEQUENCE = new AtomicInteger();

    private final AgencyDirectory agencies;
    private final Accounts accounts;
    private final ChildService children;
    private final CaseService cases;
    private final Clock clock;

    public Fixtures(AgencyDirectory agencies, Accounts accounts, ChildService children, CaseService cases,
                    Clock clock) {
        this.agencies = agencies;
        this.accounts = accounts;
        this.children = children;
        this.cases = cases;
        this.clock = clock;
    }

    public static String unique(String prefix) {
        return prefix + "-" + SEQUENCE.incrementAndGet() + "-" + UUID.randomUUID().toString().substring(0, 6)
                .toUpperCase(Locale.ROOT);
    }

    public Agency agency(AgencyType type, String province) {
        String code = unique(type.name().substring(0, 3));
        return agencies.create(code, type, "Test " + code, "ស្ថាប័នសាកល្បង " + code, province);
    }

    /**
     * An administrator, with the agencies the synthetic caseload names (created, where missing, as the
     * demonstration creates them), so that its lines can be imported.
     */
    public Actor caseloadAdministrator() {
        for (String code : SyntheticCaseload.agencyCodes()) {
            if (agencies.findByCode(code).isEmpty()) {
                String province = code.matches(".*-\\d\\d") ? code.substring(code.length() - 2) : "12";
                agencies.create(code, AgencyType.NGO, "Agency " + code, "ស្ថាប័ន " + code, province);
            }
        }
        return actor(Role.ADMINISTRATOR, "12");
    }

    /** A user of the given role in a new agency of the usual type for that role, in the given province. */
    public Actor actor(Role role, String province) {
        return actor(role, agency(typeFor(role), province));
    }

    public Actor actor(Role role, Agency agency) {
        String username = unique(role.name().toLowerCase(Locale.ROOT)).toLowerCase(Locale.ROOT);
        UserId id = accounts.create(new NewUser(username, PASSWORD, "Test " + role, null, agency.id(),
                EnumSet.of(role), "en"));
        return new Actor(id, username, "Test " + role, agency.id(), agency.provinceCode(), EnumSet.of(role),
                Locale.ENGLISH);
    }

    public Child child(Actor actor) {
        return child(actor, "Sok Dara", "សុខ ដារា", "M", LocalDate.now(clock).minusYears(15).minusDays(10));
    }

    public Child child(Actor actor, String latin, String khmer, String sex, LocalDate birthDate) {
        return children.register(actor, new ChildDetails(latin, khmer, sex, birthDate, "DAY", "BIRTH_CERTIFICATE",
                "12010101", false, null, "KHMER", "KH", List.of("km"), List.of()));
    }

    /** A case of a child in conflict with the law for a misdemeanour committed today, placed in Phnom Penh. */
    public CaseView conflictCase(Actor actor, Child child) {
        return conflictCase(actor, child, "DRUG_POSSESSION", "MISDEMEANOUR", LocalDate.now(clock));
    }

    public CaseView conflictCase(Actor actor, Child child, String offence, String offenceClass,
                                 LocalDate offenceDate) {
        return cases.open(actor, new OpenCase(child.id().toString(), "CONFLICT_WITH_LAW", offence, offenceClass,
                true, 6, 24, offenceDate, "120101", null, List.of()));
    }

    public LegalEvent record(Actor actor, CaseId caseId, String type, OffsetDateTime at, Object... attributes) {
        Map<String, Object> map = new LinkedHashMap<>();
        for (int i = 0; i < attributes.length; i += 2) {
            map.put((String) attributes[i], attributes[i + 1]);
        }
        return cases.record(actor, caseId, null, new NewEvent(type, at, map));
    }

    public static AgencyType typeFor(Role role) {
        return switch (role) {
            case POLICE, SUPERVISOR -> AgencyType.POLICE_JUVENILE_UNIT;
            case PROSECUTOR -> AgencyType.PROSECUTION;
            case INVESTIGATING_JUDGE, JUDGE, COURT_CLERK -> AgencyType.COURT_OF_FIRST_INSTANCE;
            case DETENTION_OFFICER -> AgencyType.PRISON;
            case SOCIAL_AGENT -> AgencyType.SOCIAL_AFFAIRS;
            case LAWYER -> AgencyType.LEGAL_AID;
            case NGO_CASE_WORKER -> AgencyType.NGO;
            case TRIAL_MONITOR -> AgencyType.TRIAL_MONITORING;
            case STATISTICIAN, ADMINISTRATOR -> AgencyType.MINISTRY;
            case NETWORK_COORDINATOR -> AgencyType.NETWORK_MEMBER;
        };
    }
}
