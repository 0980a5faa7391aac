package org.komar.network;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.komar.access.Actor;
import org.komar.access.Agency;
import org.komar.access.AgencyDirectory;
import org.komar.access.AgencyType;
import org.komar.access.Role;
import org.komar.shared.KomarException;
import org.komar.support.IntegrationTest;
import org.komar.support.SignIn;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;

/** The network's directory: the same agencies as case management, profiles, people, groups, access and audit. */
class NetworkDirectoryTest extends IntegrationTest {

    @Autowired
    NetworkDirectory network;

    @Autowired
    AgencyDirectory agencies;

    @Autowired
    JdbcClient jdbc;

    @Test
    void a_case_management_agency_joins_the_network_as_the_same_record() {
        Actor coordinator = fixtures.actor(Role.NETWORK_COORDINATOR, "12");
        Agency court = fixtures.agency(AgencyType.COURT_OF_FIRST_INSTANCE, "17");

        network.addAgency(coordinator, court.id(), profile("GOVERNMENT", true));

        assertThat(network.category(court.id())).contains(OrganisationCategory.GOVERNMENT);
        assertThat(network.members(coordinator, OrganisationCategory.GOVERNMENT, true, Locale.ENGLISH))
                .extracting(member -> member.agency().id()).contains(court.id());
        assertThat(network.agenciesOutsideNetwork(coordinator)).extracting(Agency::id).doesNotContain(court.id());
        assertThatThrownBy(() -> network.addAgency(coordinator, court.id(), profile("GOVERNMENT", false)))
                .isInstanceOf(KomarException.class).hasMessage("NETWORK_MEMBER_EXISTS");
    }

    @Test
    void an_organisation_outside_case_management_is_created_as_an_agency_of_the_network() {
        Actor coordinator = fixtures.actor(Role.NETWORK_COORDINATOR, "12");
        String code = "UN-" + Math.abs(System.nanoTime() % 100000);
        Member member = network.createOrganisation(coordinator, code, "UN agency for children",
                "ទីភ្នាក់ងារកុមារ", null, profile("UN_AGENCY", true));

        assertThat(member.agency().type()).isEqualTo(AgencyType.NETWORK_MEMBER);
        assertThat(agencies.findByCode(code)).isPresent();
        assertThat(jdbc.sql("SELECT COUNT(*) FROM audit_entry WHERE action = 'NETWORK_ORGANISATION_CREATED' "
                + "AND subject_id = :id").param("id", member.agency().id().toString()).query(Long.class).single())
                .isEqualTo(1);
    }

    @Test
    void the_email_group_lists_members_and_organisation_addresses_once_and_not_people_who_left() {
        Actor coordinator = fixtures.actor(Role.NETWORK_COORDINATOR, "12");
        Agency ngo = fixtures.agency(AgencyType.NGO, "12");
        network.addAgency(coordinator, ngo.id(), new ProfileDetails("CIVIL_SOCIETY", null, "info@" + ngo.code()
                .toLowerCase(Locale.ROOT) + ".org", null, null, false, null, true, null));
        Person focal = network.addPerson(coordinator, ngo.id(), person("Sok Chea", "chea@" + ngo.code() + ".org",
                true));
        Person leaving = network.addPerson(coordinator, ngo.id(), person("Lim Bora", "bora@" + ngo.code()
                + ".org", true));
        network.retirePerson(coordinator, leaving.id(), leaving.version());

        var addresses = network.emailGroup(coordinator, false, Locale.ENGLISH).stream()
                .filter(entry -> entry.agency().id().equals(ngo.id())).map(NetworkDirectory.EmailEntry::email)
                .toList();
        assertThat(addresses).containsExactlyInAnyOrder(focal.email(), "info@" + ngo.code().toLowerCase(Locale.ROOT)
                + ".org");
        assertThat(network.member(coordinator, ngo.id()).focalPeople()).extracting(Person::name)
                .containsExactly("Sok Chea");
    }

    @Test
    void contacts_are_checked_and_nothing_is_written_when_one_is_wrong() {
        Actor coordinator = fixtures.actor(Role.NETWORK_COORDINATOR, "12");
        Agency ngo = fixtures.agency(AgencyType.NGO, "12");
        network.addAgency(coordinator, ngo.id(), profile("CIVIL_SOCIETY", false));

        assertThatThrownBy(() -> network.addPerson(coordinator, ngo.id(), new PersonDetails("Keo Dara", null, null,
                "F", "not-an-address", "012 345 678", true, false, true)))
                .isInstanceOfSatisfying(KomarException.class, invalid -> assertThat(invalid.fieldProblems())
                        .extracting(p -> p.field() + ":" + p.code()).containsExactly("email:NETWORK_EMAIL_INVALID"));
        assertThat(network.member(coordinator, ngo.id()).people()).isEmpty();
    }

    @Test
    void a_stale_profile_edit_is_refused() {
        Actor coordinator = fixtures.actor(Role.NETWORK_COORDINATOR, "12");
        Agency ngo = fixtures.agency(AgencyType.NGO, "12");
        Member member = network.addAgency(coordinator, ngo.id(), profile("CIVIL_SOCIETY", false));
        network.updateProfile(coordinator, ngo.id(), member.profile().version(), profile("CIVIL_SOCIETY", true));

        assertThatThrownBy(() -> network.updateProfile(coordinator, ngo.id(), member.profile().version(),
                profile("ACADEMIC", true))).hasMessage("STALE_NETWORK_RECORD");
        assertThat(network.category(ngo.id())).contains(OrganisationCategory.CIVIL_SOCIETY);
    }

    @Test
    void people_without_the_coordinator_permission_see_nothing_of_the_directory() throws Exception {
        Actor caseWorker = fixtures.actor(Role.NGO_CASE_WORKER, "12");
        assertThatThrownBy(() -> network.members(caseWorker, null, false, Locale.ENGLISH)).hasMessage("FORBIDDEN");
        MockHttpSession session = SignIn.session(mvc, caseWorker);
        mvc.perform(get("/network").session(session)).andExpect(status().isForbidden());
        mvc.perform(get("/network/email-group.csv").session(session)).andExpect(status().isForbidden());
        mvc.perform(get("/network")).andExpect(status().is3xxRedirection());
    }

    @Test
    void a_coordinator_adds_an_organisation_and_a_focal_person_through_the_pages() throws Exception {
        Actor coordinator = fixtures.actor(Role.NETWORK_COORDINATOR, "12");
        MockHttpSession session = SignIn.session(mvc, coordinator);
        String code = "UNI-" + Math.abs(System.nanoTime() % 100000);
        String location = mvc.perform(post("/network/organisations").session(session).with(csrf())
                        .param("mode", "new").param("code", code).param("nameLatin", "Law faculty")
                        .param("nameKhmer", "មហាវិទ្យាល័យនីតិសាស្ត្រ").param("category", "ACADEMIC")
                        .param("workingGroup", "true").param("workingGroupSince", "2025-06-01"))
                .andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
        mvc.perform(post(location + "/people").session(session).with(csrf()).param("name", "Chan Sreymom")
                        .param("email", "sreymom@example.org").param("focal", "true").param("emailGroup", "true"))
                .andExpect(status().is3xxRedirection());
        String page = mvc.perform(get(location).session(session)).andExpect(status().isOk()).andReturn()
                .getResponse().getContentAsString();
        assertThat(page).contains("Chan Sreymom").contains("sreymom@example.org").contains("1 Jun 2025");
        String csv = mvc.perform(get("/network/email-group.csv").session(session)).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
        assertThat(csv).contains("sreymom@example.org,Chan Sreymom,Law faculty");
        assertThat(agencies.findByCode(code).orElseThrow().type()).isEqualTo(AgencyType.NETWORK_MEMBER);
    }

    private static ProfileDetails profile(String category, boolean workingGroup) {
        return new ProfileDetails(category, "https://example.org", null, "023 123 456", null, workingGroup,
                workingGroup ? LocalDate.of(2024, 1, 15) : null, false, null);
    }

    private static PersonDetails person(String name, String email, boolean emailGroup) {
        return new PersonDetails(name, null, "Programme manager", "F", email, null, true, true, emailGroup);
    }
}
