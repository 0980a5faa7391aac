package org.komar.network;

import java.time.Clock;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.komar.access.Actor;
import org.komar.access.Agency;
import org.komar.access.AgencyDirectory;
import org.komar.access.AgencyId;
import org.komar.access.AgencyType;
import org.komar.access.Permission;
import org.komar.audit.AuditLog;
import org.komar.audit.AuditSubject;
import org.komar.shared.Enums;
import org.komar.shared.FieldProblems;
import org.komar.shared.KomarException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The network's directory: which agencies belong to the network and as what, their contacts and people, the
 * working group and the e-mail group. Coordinators only ({@code NETWORK_COORDINATE}); every change is audited, and
 * so is every export of contacts.
 */
@Service
public class NetworkDirectory {

    /** One address of the e-mail group: a person's or an organisation's own. */
    public record EmailEntry(String email, String name, Agency agency) {
    }

    private final NetworkRepository network;
    private final AgencyDirectory agencies;
    private final AuditLog audit;
    private final Clock clock;

    NetworkDirectory(NetworkRepository network, AgencyDirectory agencies, AuditLog audit, Clock clock) {
        this.network = network;
        this.agencies = agencies;
        this.audit = audit;
        this.clock = clock;
    }

    /** The organisations of the network, optionally of one category or in the working group, by name. */
    @Transactional(readOnly = true)
    public List<Member> members(Actor actor, OrganisationCategory category, boolean workingGroupOnly,
                                Locale locale) {
        actor.require(Permission.NETWORK_COORDINATE);
        Map<AgencyId, List<Person>> people = network.activePeople().stream()
                .collect(Collectors.groupingBy(Person::agencyId));
        return network.profiles().stream()
                .filter(profile -> category == null || profile.category() == category)
                .filter(profile -> !workingGroupOnly || profile.workingGroup())
                .map(profile -> new Member(agencies.require(profile.agencyId()), profile,
                        focalFirst(people.getOrDefault(profile.agencyId(), List.of()))))
                .sorted(Comparator.comparing(member -> member.agency().name(locale), collator(locale)))
                .toList();
    }

    @Transactional(readOnly = true)
    public Member member(Actor actor, AgencyId agency) {
        actor.require(Permission.NETWORK_COORDINATE);
        NetworkProfile profile = network.profile(agency)
                .orElseThrow(() -> KomarException.notFound("NETWORK_MEMBER_NOT_FOUND"));
        return new Member(agencies.require(agency), profile, network.people(agency));
    }

    /** Agencies of case management not yet in the network, which a coordinator can add. */
    @Transactional(readOnly = true)
    public List<Agency> agenciesOutsideNetwork(Actor actor) {
        actor.require(Permission.NETWORK_COORDINATE);
        var members = network.profiles().stream().map(NetworkProfile::agencyId).collect(Collectors.toSet());
        return agencies.all().stream().filter(agency -> !agency.retired() && !members.contains(agency.id())).toList();
    }

    /** The category of an organisation in the network, if it is in the network. Not personal data: no actor. */
    public Optional<OrganisationCategory> category(AgencyId agency) {
        return agency == null ? Optional.empty() : network.profile(agency).map(NetworkProfile::category);
    }

    /** The categories of all network organisations (for breakdowns by type of organisation). */
    public Map<AgencyId, OrganisationCategory> categories() {
        return network.profiles().stream()
                .collect(Collectors.toMap(NetworkProfile::agencyId, NetworkProfile::category));
    }

    /** Adds an existing agency (e.g. a court, a department of social affairs) to the network with its profile. */
    @Transactional
    public Member addAgency(Actor actor, AgencyId agencyId, ProfileDetails details) {
        actor.require(Permission.NETWORK_COORDINATE);
        Agency agency = agencies.find(agencyId).orElseThrow(() -> KomarException.notFound("AGENCY_NOT_FOUND"));
        if (network.profile(agencyId).isPresent()) {
            throw KomarException.conflict("NETWORK_MEMBER_EXISTS");
        }
        FieldProblems problems = new FieldProblems();
        ProfileDetails clean = clean(details, problems);
        OrganisationCategory category = Enums.parse(OrganisationCategory.class, details.category(), "category",
                problems, true);
        problems.throwIfAny();
        network.insertProfile(agency.id(), category, clean, clock.instant(), actor.userId());
        audit.record(actor, "NETWORK_MEMBER_ADDED", subject(agency.id()));
        return new Member(agency, network.profile(agency.id()).orElseThrow(), List.of());
    }

    /**
     * Creates an organisation that has no part in case management (a UN agency, a donor, a university, a law
     * firm…) as an agency of type {@code NETWORK_MEMBER}, with its profile.
     */
    @Transactional
    public Member createOrganisation(Actor actor, String code, String nameLatin, String nameKhmer, String province,
                                     ProfileDetails details) {
        actor.require(Permission.NETWORK_COORDINATE);
        FieldProblems problems = new FieldProblems();
        String cleanCode = code == null ? null : code.strip().toUpperCase(Locale.ROOT);
        if (cleanCode == null || !cleanCode.matches("[A-Z0-9-]{2,40}")) {
            problems.add("code", "AGENCY_CODE_INVALID");
        } else if (agencies.findByCode(cleanCode).isPresent()) {
            problems.add("code", "AGENCY_CODE_TAKEN", cleanCode);
        }
        String latin = Contacts.text(nameLatin, "nameLatin", 200, problems);
        String khmer = Contacts.text(nameKhmer, "nameKhmer", 200, problems);
        if (latin == null) {
            problems.add("nameLatin", "REQUIRED");
        }
        if (khmer == null) {
            problems.add("nameKhmer", "REQUIRED");
        }
        if (province != null && !province.isBlank() && !province.matches("\\d{2}")) {
            problems.add("province", "UNKNOWN_GEO_CODE", province);
        }
        ProfileDetails clean = clean(details, problems);
        OrganisationCategory category = Enums.parse(OrganisationCategory.class, details.category(), "category",
                problems, true);
        problems.throwIfAny();
        Agency agency = agencies.create(cleanCode, AgencyType.NETWORK_MEMBER, latin, khmer,
                province == null || province.isBlank() ? null : province);
        network.insertProfile(agency.id(), category, clean, clock.instant(), actor.userId());
        audit.record(actor, "NETWORK_ORGANISATION_CREATED", subject(agency.id()));
        return new Member(agency, network.profile(agency.id()).orElseThrow(), List.of());
    }

    @Transactional
    public Member updateProfile(Actor actor, AgencyId agency, int version, ProfileDetails details) {
        member(actor, agency);
        FieldProblems problems = new FieldProblems();
        ProfileDetails clean = clean(details, problems);
        OrganisationCategory category = Enums.parse(OrganisationCategory.class, details.category(), "category",
                problems, true);
        problems.throwIfAny();
        if (!network.updateProfile(agency, version, category, clean, clock.instant(), actor.userId())) {
            throw KomarException.conflict("STALE_NETWORK_RECORD");
        }
        audit.record(actor, "NETWORK_PROFILE_UPDATED", subject(agency));
        return member(actor, agency);
    }

    @Transactional
    public Person addPerson(Actor actor, AgencyId agency, PersonDetails details) {
        member(actor, agency);
        FieldProblems problems = new FieldProblems();
        PersonDetails clean = clean(details, problems);
        problems.throwIfAny();
        UUID id = UUID.randomUUID();
        network.insertPerson(id, agency, clean, clock.instant());
        audit.record(actor, "NETWORK_PERSON_ADDED", subject(agency), null, "person=" + id);
        return network.person(id).orElseThrow();
    }

    @Transactional
    public Person updatePerson(Actor actor, UUID personId, int version, PersonDetails details) {
        Person person = person(actor, personId);
        FieldProblems problems = new FieldProblems();
        PersonDetails clean = clean(details, problems);
        problems.throwIfAny();
        if (!network.updatePerson(personId, version, clean)) {
            throw KomarException.conflict("STALE_NETWORK_RECORD");
        }
        audit.record(actor, "NETWORK_PERSON_UPDATED", subject(person.agencyId()), null, "person=" + personId);
        return network.person(personId).orElseThrow();
    }

    /** The person has left the organisation: they leave the directory and the groups, their record stays. */
    @Transactional
    public void retirePerson(Actor actor, UUID personId, int version) {
        Person person = person(actor, personId);
        if (!network.retirePerson(personId, version)) {
            throw KomarException.conflict("STALE_NETWORK_RECORD");
        }
        audit.record(actor, "NETWORK_PERSON_RETIRED", subject(person.agencyId()), null, "person=" + personId);
    }

    @Transactional(readOnly = true)
    public Person person(Actor actor, UUID personId) {
        actor.require(Permission.NETWORK_COORDINATE);
        return network.person(personId).filter(person -> !person.retired())
                .orElseThrow(() -> KomarException.notFound("NETWORK_PERSON_NOT_FOUND"));
    }

    /**
     * The addresses of the e-mail group: its members' own addresses and those of organisations on the group,
     * without duplicates, by organisation. {@code exported} records that the list left Komar.
     */
    @Transactional
    public List<EmailEntry> emailGroup(Actor actor, boolean exported, Locale locale) {
        actor.require(Permission.NETWORK_COORDINATE);
        Map<AgencyId, NetworkProfile> profiles = network.profiles().stream()
                .collect(Collectors.toMap(NetworkProfile::agencyId, Function.identity()));
        Map<String, EmailEntry> entries = new java.util.LinkedHashMap<>();
        for (Person person : network.activePeople()) {
            if (person.emailGroup() && person.email() != null && profiles.containsKey(person.agencyId())) {
                entries.putIfAbsent(person.email().toLowerCase(Locale.ROOT), new EmailEntry(person.email(),
                        person.displayName(locale), agencies.require(person.agencyId())));
            }
        }
        for (NetworkProfile profile : profiles.values()) {
            if (profile.emailGroup() && profile.email() != null) {
                Agency agency = agencies.require(profile.agencyId());
                entries.putIfAbsent(profile.email().toLowerCase(Locale.ROOT), new EmailEntry(profile.email(),
                        agency.name(locale), agency));
            }
        }
        if (exported) {
            audit.record(actor, "NETWORK_EMAIL_GROUP_EXPORTED", AuditSubject.none(), null,
                    "addresses=" + entries.size());
        }
        return entries.values().stream().sorted(Comparator.comparing((EmailEntry e) -> e.agency().name(locale),
                collator(locale)).thenComparing(EmailEntry::email)).toList();
    }

    private static ProfileDetails clean(ProfileDetails details, FieldProblems problems) {
        boolean workingGroup = details.workingGroup();
        return new ProfileDetails(details.category(), Contacts.website(details.website(), "website", problems),
                Contacts.email(details.email(), "email", problems), Contacts.phone(details.phone(), "phone", problems),
                Contacts.text(details.address(), "address", 500, problems), workingGroup,
                workingGroup ? details.workingGroupSince() : null, details.emailGroup(),
                Contacts.text(details.notes(), "notes", 2000, problems));
    }

    private static PersonDetails clean(PersonDetails details, FieldProblems problems) {
        String name = Contacts.text(details.name(), "name", 200, problems);
        if (name == null) {
            problems.add("name", "REQUIRED");
        }
        String sex = details.sex() == null || details.sex().isBlank() ? null : details.sex().strip();
        if (sex != null && !sex.equals("F") && !sex.equals("M")) {
            problems.add("sex", "UNKNOWN_CHOICE", sex, "F, M");
        }
        String email = Contacts.email(details.email(), "email", problems);
        if (details.emailGroup() && email == null) {
            problems.add("email", "NETWORK_EMAIL_NEEDED_FOR_GROUP");
        }
        return new PersonDetails(name, Contacts.text(details.nameKhmer(), "nameKhmer", 200, problems),
                Contacts.text(details.positionTitle(), "positionTitle", 200, problems), sex, email,
                Contacts.phone(details.phone(), "phone", problems), details.focal(), details.workingGroup(),
                details.emailGroup());
    }

    private static List<Person> focalFirst(List<Person> people) {
        return people.stream().sorted(Comparator.comparing((Person p) -> !p.focal()).thenComparing(Person::name))
                .toList();
    }

    /** Khmer names sort by the Khmer alphabet (ICU), not by code point. */
    @SuppressWarnings({"unchecked", "rawtypes"})
    static Comparator<String> collator(Locale locale) {
        return (Comparator) com.ibm.icu.text.Collator.getInstance(com.ibm.icu.util.ULocale.forLocale(locale));
    }

    private static AuditSubject subject(AgencyId agency) {
        return AuditSubject.of("AGENCY", agency.toString());
    }
}
