package org.komar.cases;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.komar.access.Actor;
import org.komar.access.AgencyDirectory;
import org.komar.access.Role;
import org.komar.child.Child;
import org.komar.child.ChildService;
import org.komar.shared.KomarException;
import org.komar.support.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;

/** How each way of reaching a case starts and stops, as the one access policy applies it. */
class CaseScopeTest extends IntegrationTest {

    @Autowired
    CaseService cases;

    @Autowired
    ChildService children;

    @Autowired
    AgencyDirectory agencies;

    @Test
    void an_agency_reaches_a_case_while_it_is_a_party_and_no_longer_once_its_part_ends() {
        Actor police = fixtures.actor(Role.POLICE, "12");
        CaseView kase = fixtures.conflictCase(police, fixtures.child(police));
        Actor ngo = fixtures.actor(Role.NGO_CASE_WORKER, "12");
        assertNotFound(() -> cases.read(ngo, kase.id()));

        cases.grantAgency(kase.id(), ngo.agencyId(), PartyFunction.REFERRAL);
        assertThat(cases.read(ngo, kase.id()).id()).isEqualTo(kase.id());
        assertThat(cases.list(ngo, new CaseFilter(kase.childId().toString(), null, null, null, null, null, 0, 10))
                .total()).isEqualTo(1);

        cases.endAgency(kase.id(), ngo.agencyId(), PartyFunction.REFERRAL);
        assertNotFound(() -> cases.read(ngo, kase.id()));
        assertThat(cases.list(ngo, new CaseFilter(kase.childId().toString(), null, null, null, null, null, 0, 10))
                .total()).isZero();
    }

    @Test
    void a_province_reaches_every_case_placed_in_it_and_none_elsewhere() {
        Actor police = fixtures.actor(Role.POLICE, "12");
        CaseView kase = fixtures.conflictCase(police, fixtures.child(police));

        assertThat(cases.inScope(fixtures.actor(Role.PROSECUTOR, "12"), kase.id())).isTrue();
        assertThat(cases.inScope(fixtures.actor(Role.PROSECUTOR, "17"), kase.id())).isFalse();
        // Agency reach does not stretch to the province: another police unit in Phnom Penh sees nothing.
        assertThat(cases.inScope(fixtures.actor(Role.POLICE, "12"), kase.id())).isFalse();
    }

    @Test
    void a_lawyer_reaches_only_the_cases_they_are_assigned_to_and_not_their_colleagues() {
        Actor police = fixtures.actor(Role.POLICE, "12");
        CaseView kase = fixtures.conflictCase(police, fixtures.child(police));
        Actor lawyer = fixtures.actor(Role.LAWYER, "12");
        Actor colleague = fixtures.actor(Role.LAWYER, agencies.require(lawyer.agencyId()));

        cases.addParty(police, kase.id(), new OpenCase.NewParty(null, lawyer.username(), "LEGAL_AID"));

        assertThat(cases.inScope(lawyer, kase.id())).isTrue();
        assertThat(cases.inScope(colleague, kase.id())).isFalse();
    }

    @Test
    void a_child_is_visible_to_the_registering_agency_before_any_case_and_to_no_other() {
        Actor social = fixtures.actor(Role.SOCIAL_AGENT, "12");
        Child child = fixtures.child(social);

        assertThat(children.read(social, child.id()).id()).isEqualTo(child.id());
        Actor otherSocial = fixtures.actor(Role.SOCIAL_AGENT, "12");
        assertNotFound(() -> children.read(otherSocial, child.id()));
        assertThat(children.search(otherSocial, child.nameLatin())).extracting(Child::id)
                .doesNotContain(child.id());
    }

    @Test
    void statisticians_and_administrators_reach_no_case_at_all() {
        Actor police = fixtures.actor(Role.POLICE, "12");
        CaseView kase = fixtures.conflictCase(police, fixtures.child(police));

        assertThat(cases.inScope(fixtures.actor(Role.STATISTICIAN, "12"), kase.id())).isFalse();
        assertThat(cases.inScope(fixtures.actor(Role.ADMINISTRATOR, "12"), kase.id())).isFalse();
    }

    private static void assertNotFound(Runnable call) {
        assertThatThrownBy(call::run).isInstanceOfSatisfying(KomarException.class,
                error -> assertThat(error.status()).isEqualTo(404));
    }
}
