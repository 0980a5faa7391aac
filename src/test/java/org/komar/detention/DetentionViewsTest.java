package org.komar.detention;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.komar.access.Actor;
import org.komar.access.Role;
import org.komar.cases.CaseService;
import org.komar.cases.CaseView;
import org.komar.cases.OpenCase;
import org.komar.child.Child;
import org.komar.child.ChildDetails;
import org.komar.child.ChildService;
import org.komar.facility.Facility;
import org.komar.facility.FacilityRegister;
import org.komar.facility.Occupants;
import org.komar.facility.Section;
import org.komar.shared.Cambodia;
import org.komar.shared.KomarException;
import org.komar.support.IntegrationTest;
import org.komar.timeline.LegalEvent;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import tools.jackson.databind.JsonNode;

/**
 * Rolls, the census and the lists behind it, from timelines recorded through the services: transfers, releases and
 * voided placements move children between rolls at the right moments; each viewer sees the children in their scope
 * and no other (out of scope is 404); a statistician sees numbers and never a name; the API answers in the
 * contract's shape.
 */
class DetentionViewsTest extends IntegrationTest {

    @Autowired
    CaseService cases;

    @Autowired
    ChildService children;

    @Autowired
    FacilityRegister register;

    @Autowired
    DetentionService detention;

    @Autowired
    UserDetailsService users;

    @Autowired
    JdbcClient jdbc;

    private Scene scene;

    @BeforeEach
    void scene() {
        scene = new Scene(fixtures, cases, children, register, "12", clock.instant());
    }

    private RequestPostProcessor as(Actor actor) {
        return user(users.loadUserByUsername(actor.username()));
    }

    @Test
    void a_child_is_on_each_roll_while_there_and_the_census_follows_transfers_and_releases() {
        Facility prison = scene.facility("PRISON", 10);
        Facility centre = scene.facility("YOUTH_REHABILITATION_CENTRE", 10);
        Child boy = scene.child("M", 16);
        CaseView kase = scene.conflictCase(boy);
        scene.record(scene.police, kase.id(), "CUSTODY_STARTED", scene.daysAgo(10), "unit", "POL-12");
        scene.record(scene.judge, kase.id(), "PRETRIAL_DETENTION_ORDERED", scene.daysAgo(9), "facility",
                prison.code());
        scene.record(scene.prison, kase.id(), "PLACED", scene.daysAgo(8.9), "facility", prison.code(),
                "separatedFromAdults", false);
        scene.record(scene.prison, kase.id(), "TRANSFERRED", scene.daysAgo(2), "from", prison.code(), "to",
                centre.code());

        Roll atPrison = detention.roll(scene.prison, prison.id(), scene.daysAgo(5));
        assertThat(atPrison.held()).extracting(Held::caseId).containsExactly(kase.id());
        Held held = atPrison.held().get(0);
        assertThat(held.stay().status()).isEqualTo(LegalStatus.PRETRIAL);
        assertThat(held.record().daysHeld()).isEqualTo(5);
        assertThat(held.child().nameKhmer()).isEqualTo("កុមារ ឃុំ");
        assertThat(atPrison.notSeparatedCount()).isEqualTo(1);
        assertThat(atPrison.occupied(Section.PRETRIAL, Occupants.BOYS)).isEqualTo(1);
        assertThat(detention.roll(scene.prison, prison.id(), scene.now).held()).isEmpty();
        Roll atCentre = detention.roll(scene.prison, centre.id(), scene.now);
        assertThat(atCentre.held()).extracting(Held::caseId).containsExactly(kase.id());
        assertThat(atCentre.held().get(0).record().daysHeld()).as("transfers do not break the stay").isEqualTo(10);

        Census census = detention.census(scene.prison, scene.now);
        assertThat(census.facilities()).filteredOn(line -> line.code().equals(centre.code()))
                .extracting(Census.FacilityCount::held, Census.FacilityCount::pretrial).containsExactly(
                        org.assertj.core.groups.Tuple.tuple(1L, 1L));
        assertThat(census.facilities()).noneMatch(line -> line.code().equals(prison.code()));

        scene.record(scene.prison, kase.id(), "RELEASED", scene.daysAgo(0.5), "reason", "BAIL");
        assertThat(detention.roll(scene.prison, centre.id(), scene.now).held()).isEmpty();
        assertThat(detention.roll(scene.prison, centre.id(), scene.daysAgo(1)).held()).hasSize(1);

        // Taken back after the release: a new stay, counted from the new admission.
        scene.record(scene.prison, kase.id(), "PLACED", scene.daysAgo(0.25), "facility", centre.code());
        Held again = detention.roll(scene.prison, centre.id(), scene.now).held().get(0);
        assertThat(again.record().detainedSince()).isEqualTo(scene.daysAgo(0.25));
        assertThat(again.stay().status()).as("no order recorded for the new stay").isEqualTo(LegalStatus.NO_ORDER);
    }

    @Test
    void the_national_census_of_now_is_counted_again_after_a_change_to_a_child_held_now_and_only_then() {
        Actor statistician = fixtures.actor(Role.STATISTICIAN, "12");
        Facility prison = scene.facility("PRISON", 10);
        CaseView held = scene.conflictCase(scene.child("M", 16));
        scene.record(scene.prison, held.id(), "PLACED", scene.daysAgo(3), "facility", prison.code());
        CaseView released = scene.conflictCase(scene.child("M", 15));
        scene.record(scene.prison, released.id(), "PLACED", scene.daysAgo(30), "facility", prison.code());
        scene.record(scene.prison, released.id(), "RELEASED", scene.daysAgo(20), "reason", "BAIL");
        clock.set(scene.now);
        Census counted = detention.census(statistician, clock.instant());

        clock.advance(Duration.ofSeconds(5));
        scene.record(scene.police, released.id(), "NOTIFIED", scene.daysAgo(0.1), "party", "GUARDIAN", "reached",
                true);
        assertThat(detention.census(statistician, clock.instant())).as("no one held now changed").isSameAs(counted);

        scene.record(scene.police, held.id(), "NOTIFIED", scene.daysAgo(0.1), "party", "GUARDIAN", "reached", true);
        Census recounted = detention.census(statistician, clock.instant());
        assertThat(recounted.asOf()).as("a child held now may have passed a limit").isEqualTo(clock.instant());

        clock.advance(Duration.ofSeconds(5));
        scene.record(scene.prison, held.id(), "RELEASED", scene.daysAgo(0.05), "reason", "BAIL");
        Census after = detention.census(statistician, clock.instant());
        assertThat(after.asOf()).isEqualTo(clock.instant());
        assertThat(after.total()).isEqualTo(recounted.total() - 1);
    }

    @Test
    void a_voided_placement_takes_the_child_off_the_roll() {
        Facility prison = scene.facility("PRISON", 10);
        CaseView kase = scene.conflictCase(scene.child("M", 15));
        LegalEvent placed = scene.record(scene.prison, kase.id(), "PLACED", scene.daysAgo(3), "facility",
                prison.code());
        assertThat(detention.roll(scene.prison, prison.id(), scene.now).heldCount()).isEqualTo(1);

        cases.voidEvent(scene.prison, kase.id(), placed.id(), null, "Wrong child");

        assertThat(detention.roll(scene.prison, prison.id(), scene.now).held()).isEmpty();
        assertThat(jdbc.sql("SELECT COUNT(*) FROM detention_stay WHERE case_id = :id").param("id",
                kase.id().value()).query(Long.class).single()).isZero();
    }

    @Test
    void each_viewer_sees_the_children_in_scope_only_and_a_statistician_numbers_only() throws Exception {
        Facility prison = scene.facility("PRISON", 10);
        CaseView kase = scene.conflictCase(scene.child("M", 16));
        scene.record(scene.judge, kase.id(), "PRETRIAL_DETENTION_ORDERED", scene.daysAgo(4), "facility",
                prison.code());
        scene.record(scene.prison, kase.id(), "PLACED", scene.daysAgo(3.9), "facility", prison.code());
        Actor elsewhere = fixtures.actor(Role.DETENTION_OFFICER, "17");
        Actor prosecutor = fixtures.actor(Role.PROSECUTOR, "12");
        Actor statistician = fixtures.actor(Role.STATISTICIAN, "12");

        assertThat(detention.roll(prosecutor, prison.id(), scene.now).held()).hasSize(1);
        Roll outside = detention.roll(elsewhere, prison.id(), scene.now);
        assertThat(outside.held()).isEmpty();
        assertThat(outside.heldCount()).as("numbers over the viewer's scope").isZero();
        assertThatThrownBy(() -> detention.ofCase(elsewhere, kase.id(), scene.now))
                .isInstanceOf(KomarException.class).extracting("status").isEqualTo(404);
        mvc.perform(get("/api/v1/cases/" + kase.id() + "/detention").header("Authorization", bearer(elsewhere)))
                .andExpect(status().isNotFound());
        String list = mvc.perform(get("/api/v1/detention/children").param("facility", prison.code())
                        .header("Authorization", bearer(elsewhere))).andExpect(status().isOk()).andReturn()
                .getResponse().getContentAsString();
        assertThat(list).doesNotContain(kase.id().toString(), "កុមារ ឃុំ");

        Roll numbers = detention.summary(statistician, prison.id(), scene.now);
        assertThat(numbers.heldCount()).isEqualTo(1);
        assertThat(numbers.held()).isEmpty();
        assertThat(numbers.numbersOnly()).isTrue();
        assertThatThrownBy(() -> detention.roll(statistician, prison.id(), scene.now))
                .isInstanceOf(KomarException.class).extracting("status").isEqualTo(403);
        mvc.perform(get("/api/v1/detention/children").header("Authorization", bearer(statistician)))
                .andExpect(status().isForbidden());
        String page = mvc.perform(get("/facilities/" + prison.id()).with(as(statistician)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("តែតួលេខប៉ុណ្ណោះ").doesNotContain("កុមារ ឃុំ", kase.caseNumber(),
                "/detention/children");
        mvc.perform(get("/detention/children").param("facility", prison.code()).with(as(statistician)))
                .andExpect(status().isForbidden());
        String national = mvc.perform(get("/detention").with(as(statistician))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        assertThat(national).contains("កុមារដែលត្រូវបានដកហូតសេរីភាព", prison.nameKhmer())
                .doesNotContain("/detention/children");

        String ownList = mvc.perform(get("/detention/children").param("facility", prison.code()).with(as(prosecutor)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(ownList).contains(kase.caseNumber(), "កុមារ ឃុំ");
        assertThat(jdbc.sql("SELECT COUNT(*) FROM audit_entry WHERE actor_id = :a AND action = 'DETENTION_LISTED'"
                        + " AND details LIKE :id").param("a", prosecutor.userId().value())
                .param("id", "%" + kase.id() + "%").query(Long.class).single()).isEqualTo(1);
    }

    @Test
    void the_census_api_answers_in_the_contract_shape_for_any_moment() throws Exception {
        Facility prison = scene.facility("PRISON", 1);
        CaseView kase = scene.conflictCase(scene.child("F", 17));
        scene.record(scene.judge, kase.id(), "PRETRIAL_DETENTION_ORDERED", scene.daysAgo(20), "facility",
                prison.code());
        scene.record(scene.prison, kase.id(), "PLACED", scene.daysAgo(19.9), "facility", prison.code());
        scene.record(scene.prison, kase.id(), "RELEASED", scene.daysAgo(5), "reason", "BAIL");
        Actor statistician = fixtures.actor(Role.STATISTICIAN, "12");
        String then = scene.daysAgo(10).atZone(Cambodia.ZONE).toOffsetDateTime().toString();

        JsonNode census = readJson(mvc.perform(get("/api/v1/detention").param("asOf", then)
                        .header("Authorization", bearer(statistician))).andExpect(status().isOk()).andReturn()
                .getResponse().getContentAsString());

        assertThat(census.get("asOf").asText()).startsWith(then.substring(0, 16));
        assertThat(census.get("total").asLong()).isGreaterThanOrEqualTo(1);
        assertThat(census.get("pretrial").asLong()).isGreaterThanOrEqualTo(1);
        JsonNode line = null;
        for (JsonNode facility : census.get("facilities")) {
            if (facility.get("id").asText().equals(prison.id().toString())) {
                line = facility;
            }
        }
        assertThat(line).as("the facility's line at that moment").isNotNull();
        assertThat(line.get("name").get("latin").asText()).isEqualTo("Test facility");
        assertThat(line.get("name").get("khmer").asText()).isEqualTo("ទីកន្លែងសាកល្បង");
        assertThat(line.get("held").asLong()).isEqualTo(1);
        assertThat(line.get("capacity").asInt()).as("places for minors").isEqualTo(1);
        assertThat(census.toString()).doesNotContain(kase.id().toString(), kase.caseNumber());

        JsonNode now = readJson(mvc.perform(get("/api/v1/detention").header("Authorization", bearer(statistician)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
        for (JsonNode facility : now.get("facilities")) {
            assertThat(facility.get("id").asText()).isNotEqualTo(prison.id().toString());
        }
        mvc.perform(get("/api/v1/detention").param("asOf", "yesterday").header("Authorization", bearer(statistician)))
                .andExpect(status().isBadRequest());
    }

    @Test
    void a_child_living_with_the_mother_shows_the_third_birthday_and_the_exit_plan() throws Exception {
        Actor prison = scene.prison;
        LocalDate birth = LocalDate.ofInstant(scene.now, Cambodia.ZONE).minusYears(3).plusDays(40);
        Child baby = children.register(prison, new ChildDetails("Baby " + org.komar.support.Fixtures.unique("b"),
                "ទារក", "F", birth, "DAY", "BIRTH_CERTIFICATE", "12010101", false, null, "KHMER", "KH", List.of("km"),
                List.of()));
        CaseView kase = cases.open(prison, new OpenCase(baby.id().toString(), "ACCOMPANYING_CAREGIVER", null, null,
                null, null, null, null, "120101", null, List.of()));
        Facility centre = scene.facility("CORRECTION_CENTRE", 10);
        scene.record(prison, kase.id(), "PLACED", scene.daysAgo(300), "facility", centre.code(), "withCaregiver",
                true);

        Roll roll = detention.roll(prison, centre.id(), scene.now);
        assertThat(roll.held()).isEmpty();
        assertThat(roll.accompanying()).extracting(Held::caseId).containsExactly(kase.id());
        assertThat(roll.due()).extracting(Roll.Due::kind, Roll.Due::day).containsExactly(
                org.assertj.core.groups.Tuple.tuple(Roll.DueKind.THIRD_BIRTHDAY, birth.plusYears(3)));

        String rejected = mvc.perform(post("/cases/" + kase.id() + "/exit-plans").with(as(prison)).with(csrf())
                        .param("plannedOn", "").param("arrangement", "NOWHERE")).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        assertThat(rejected).contains("ផែនការចាកចេញ");
        mvc.perform(post("/cases/" + kase.id() + "/exit-plans").with(as(prison)).with(csrf())
                        .param("plannedOn", birth.plusYears(3).minusDays(5).toString())
                        .param("arrangement", "RELATIVE").param("caregiver", "Grandmother"))
                .andExpect(status().is3xxRedirection());
        String panel = mvc.perform(get("/cases/" + kase.id() + "/panels/detention").with(as(prison)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(panel).contains("Grandmother", "សាច់ញាតិ", "ត្រូវចាកចេញពីពន្ធនាគារ");
        CaseDetention record = detention.ofCase(prison, kase.id(), scene.now);
        assertThat(record.exitPlan().arrangement()).isEqualTo(ExitArrangement.RELATIVE);
        assertThat(record.record().deprivedOfLiberty()).isFalse();
    }

    @Test
    void the_pages_show_the_roll_the_printable_roll_and_the_list_in_khmer() throws Exception {
        Facility prison = scene.facility("PRISON", 10);
        CaseView kase = scene.conflictCase(scene.child("M", 17));
        scene.record(scene.judge, kase.id(), "PRETRIAL_DETENTION_ORDERED", scene.daysAgo(30), "facility",
                prison.code());
        scene.record(scene.prison, kase.id(), "PLACED", scene.daysAgo(29.9), "facility", prison.code());
        scene.record(scene.prison, kase.id(), "FAMILY_CONTACT", scene.daysAgo(7), "kind", "VISIT");
        scene.record(scene.prison, kase.id(), "COMPLAINT_FILED", scene.daysAgo(6));

        String page = mvc.perform(get("/facilities/" + prison.id()).with(as(scene.prison)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(page).contains(kase.caseNumber(), "កុមារ ឃុំ", "ឃុំខ្លួនបណ្ដោះអាសន្ន", "ពាក្យបណ្តឹង");
        String print = mvc.perform(get("/facilities/" + prison.id() + "/roll").with(as(scene.prison)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(print).contains("បញ្ជីកុមារដែលត្រូវបានឃុំខ្លួន", kase.caseNumber(), "data-print",
                "/css/detention.css");
        String english = mvc.perform(get("/facilities/" + prison.id() + "/roll").header("Accept-Language", "en")
                        .with(as(scene.prison))).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString();
        assertThat(english).contains("Roll of children held", "Pre-trial detention");
        Roll roll = detention.roll(scene.prison, prison.id(), scene.now);
        assertThat(roll.occurrences().get(OccurrenceKind.COMPLAINT)).isEqualTo(1);
        assertThat(roll.occurrences().get(OccurrenceKind.FAMILY_CONTACT)).isEqualTo(1);
        assertThat(roll.familyContactCount()).isEqualTo(1);
        String casePage = mvc.perform(get("/cases/" + kase.id() + "/panels/detention").with(as(scene.prison)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(casePage).contains(prison.nameKhmer(), "ឃុំខ្លួនបណ្ដោះអាសន្ន");
        Instant before = scene.daysAgo(40);
        assertThat(detention.roll(scene.prison, prison.id(), before).held()).isEmpty();
    }

    @Test
    void children_held_past_a_legal_limit_come_from_the_safeguards_engine_and_lead_to_the_list() throws Exception {
        Facility unit = scene.facility("POLICE_UNIT", 5);
        CaseView overdue = scene.conflictCase(scene.child("M", 15));
        scene.record(scene.police, overdue.id(), "ARRESTED", scene.daysAgo(31.0 / 24), "flagrant", true);
        scene.record(scene.police, overdue.id(), "CUSTODY_STARTED", scene.daysAgo(30.0 / 24), "unit", unit.code());
        CaseView recent = scene.conflictCase(scene.child("M", 15));
        scene.record(scene.police, recent.id(), "ARRESTED", scene.daysAgo(3.0 / 24), "flagrant", true);
        scene.record(scene.police, recent.id(), "CUSTODY_STARTED", scene.daysAgo(2.0 / 24), "unit", unit.code());

        Census census = detention.census(scene.police, scene.now);
        assertThat(census.limitsKnown()).isTrue();
        assertThat(census.facilities()).filteredOn(line -> line.code().equals(unit.code()))
                .extracting(Census.FacilityCount::held, Census.FacilityCount::pastLimit)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(2L, 1L));

        DetentionService.HeldPage past = detention.list(scene.police, scene.now, CensusFilter.parse(
                java.util.Map.of("facility", unit.code(), "pastLimit", "true")), 0, 50);
        assertThat(past.items()).extracting(Held::caseId).containsExactly(overdue.id());
        LimitStatus limit = past.items().get(0).limits();
        assertThat(limit.pastRules()).contains("PC-1");
        assertThat(limit.pastSince()).isEqualTo(scene.daysAgo(30.0 / 24).plus(java.time.Duration.ofHours(24)));

        Roll roll = detention.roll(scene.police, unit.id(), scene.now);
        Held within = roll.held().stream().filter(h -> h.caseId().equals(recent.id())).findFirst().orElseThrow();
        assertThat(within.limits().past()).isFalse();
        assertThat(within.limits().nextRule()).isEqualTo("PC-1");
        assertThat(within.limits().nextDueAt()).isEqualTo(scene.daysAgo(2.0 / 24).plus(java.time.Duration.ofHours(24)));
        assertThat(roll.due()).extracting(Roll.Due::kind).contains(Roll.DueKind.LIMIT);

        Actor statistician = fixtures.actor(Role.STATISTICIAN, "12");
        JsonNode api = readJson(mvc.perform(get("/api/v1/detention").header("Authorization", bearer(statistician)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
        assertThat(api.get("pastLimit").asLong()).isGreaterThanOrEqualTo(1);
        for (JsonNode line : api.get("facilities")) {
            if (line.get("code").asText().equals(unit.code())) {
                assertThat(line.get("pastLimit").asLong()).isEqualTo(1);
            }
        }
        CaseDetention one = detention.ofCase(scene.police, overdue.id(), scene.now);
        assertThat(one.limits().past()).isTrue();
    }

    @Test
    void the_present_comes_from_the_worklist_read_model_and_agrees_with_the_engine_as_time_passes_unswept() {
        Facility unit = scene.facility("POLICE_UNIT", 5);
        CaseView held = scene.conflictCase(scene.child("M", 16));
        scene.record(scene.police, held.id(), "ARRESTED", scene.daysAgo(3.0 / 24), "flagrant", true);
        scene.record(scene.police, held.id(), "CUSTODY_STARTED", scene.daysAgo(2.0 / 24), "unit", unit.code());
        java.util.function.Function<java.time.Instant, Long> pastAt = at -> detention.census(scene.police, at)
                .facilities().stream().filter(line -> line.code().equals(unit.code()))
                .mapToLong(Census.FacilityCount::pastLimit).sum();
        assertThat(pastAt.apply(scene.now)).isZero();

        // A day later, with no event recorded and no sweep run: the 24-hour custody limit has passed.
        clock.advance(java.time.Duration.ofHours(23));
        java.time.Instant now = clock.instant();
        assertThat(pastAt.apply(now)).as("now, from the read model").isEqualTo(1);
        assertThat(pastAt.apply(now.minus(java.time.Duration.ofMinutes(5)))).as("a moment before, from the engine")
                .isEqualTo(1);
        Held row = detention.roll(scene.police, unit.id(), now).held().stream()
                .filter(h -> h.caseId().equals(held.id())).findFirst().orElseThrow();
        assertThat(row.limits().pastRules()).contains("PC-1");
    }
}
