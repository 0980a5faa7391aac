package org.komar.courts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.komar.access.Actor;
import org.komar.access.Agency;
import org.komar.access.AgencyId;
import org.komar.access.AgencyType;
import org.komar.access.Role;
import org.komar.access.UserId;
import org.komar.cases.CaseView;
import org.komar.child.Child;
import org.komar.shared.Cambodia;
import org.komar.shared.KomarException;
import org.komar.support.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;

/** Trial monitoring: a monitor sees only the hearings a court admitted them to, and no names; checklists; the report. */
class MonitoringTest extends IntegrationTest {

    @Autowired
    CourtService courts;

    @Autowired
    MonitoringService monitoring;

    private Actor clerk;
    private Actor monitor;
    private Child child;
    private CaseView kase;

    @BeforeEach
    void aHearingInPhnomPenhAndAMonitor() {
        clock.set(LocalDateTime.of(2026, 11, 18, 9, 0).atZone(Cambodia.ZONE).toInstant());
        Actor police = fixtures.actor(Role.POLICE, "12");
        clerk = fixtures.actor(Role.COURT_CLERK, "12");
        monitor = fixtures.actor(Role.TRIAL_MONITOR, fixtures.agency(AgencyType.TRIAL_MONITORING, "12"));
        child = fixtures.child(police, "Chea Sovann", "ជា សុវណ្ណ", "M", LocalDate.of(2010, 2, 3));
        kase = fixtures.conflictCase(police, child, "DRUG_POSSESSION", "MISDEMEANOUR", LocalDate.of(2026, 8, 1));
    }

    @Test
    void a_monitor_sees_only_the_hearings_admitted_to_and_never_a_name_a_case_number_or_a_case() throws Exception {
        Hearing admitted = schedule("2026-11-18T08:00");
        Hearing other = schedule("2026-11-18T10:00");
        courts.admitMonitor(clerk, admitted.id(), monitor.username());
        String auth = bearer(monitor);

        String list = mvc.perform(get("/api/v1/monitoring/hearings").header("Authorization", auth))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.items.length()").value(1))
                .andExpect(jsonPath("$.items[0].id").value(admitted.id().toString()))
                .andExpect(jsonPath("$.items[0].offenceClass").value("MISDEMEANOUR"))
                .andReturn().getResponse().getContentAsString();
        String one = mvc.perform(get("/api/v1/monitoring/hearings/" + admitted.id()).header("Authorization", auth))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        String checklist = mvc.perform(get("/api/v1/monitoring/hearings/" + admitted.id() + "/checklist")
                        .header("Authorization", auth))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.items.length()").value(ChecklistItem.values().length))
                .andReturn().getResponse().getContentAsString();
        for (String body : List.of(list, one, checklist)) {
            assertThat(body).doesNotContain(child.nameLatin(), child.nameKhmer(), "Chea", kase.caseNumber(),
                    kase.id().toString(), child.id().toString());
        }
        mvc.perform(get("/api/v1/monitoring/hearings/" + other.id()).header("Authorization", auth))
                .andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/hearings/" + admitted.id()).header("Authorization", auth))
                .andExpect(status().isForbidden());
        mvc.perform(get("/api/v1/cases/" + kase.id()).header("Authorization", auth))
                .andExpect(status().isForbidden());

        // The page of the checklist names no child either.
        String page = mvc.perform(get("/monitoring/hearings/" + admitted.id()).session(signIn(monitor)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(page).doesNotContain(child.nameLatin(), child.nameKhmer(), kase.caseNumber(), kase.id().toString());
        Actor otherMonitor = fixtures.actor(Role.TRIAL_MONITOR, "12");
        assertThat(monitoring.assigned(otherMonitor)).isEmpty();
    }

    @Test
    void a_checklist_is_saved_once_the_hearing_has_begun_with_its_answers_checked() throws Exception {
        Hearing hearing = schedule("2026-11-19T08:00");
        courts.admitMonitor(clerk, hearing.id(), monitor.username());
        assertThatThrownBy(() -> monitoring.save(monitor, hearing.id(), Map.of("IN_CAMERA", "YES"), null, null))
                .isInstanceOfSatisfying(KomarException.class,
                        e -> assertThat(e.code()).isEqualTo("MONITORING_BEFORE_HEARING"));

        clock.set(LocalDateTime.of(2026, 11, 19, 11, 0).atZone(Cambodia.ZONE).toInstant());
        String auth = bearer(monitor);
        mvc.perform(put("/api/v1/monitoring/hearings/" + hearing.id() + "/checklist").header("Authorization", auth)
                        .contentType(MediaType.APPLICATION_JSON).content("{\"answers\": {\"AGE_AT_OFFENCE\": \"19\","
                                + " \"IN_CAMERA\": \"MAYBE\", \"PRETRIAL_DETENTION\": \"NO\","
                                + " \"PRETRIAL_DETENTION_DAYS\": \"40\", \"SHOE_SIZE\": \"4\"}}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[?(@.field == 'answers.AGE_AT_OFFENCE')].code").value("OUT_OF_RANGE"))
                .andExpect(jsonPath("$.errors[?(@.field == 'answers.IN_CAMERA')].code").value("UNKNOWN_CHOICE"))
                .andExpect(jsonPath("$.errors[?(@.field == 'answers.PRETRIAL_DETENTION_DAYS')].code")
                        .value("MONITORING_DAYS_WITHOUT_DETENTION"))
                .andExpect(jsonPath("$.errors[?(@.field == 'answers.SHOE_SIZE')].code").value("MONITORING_UNKNOWN_ITEM"));
        assertThat(monitoring.checklist(monitor, hearing.id())).isEmpty();

        mvc.perform(put("/api/v1/monitoring/hearings/" + hearing.id() + "/checklist").header("Authorization", auth)
                        .contentType(MediaType.APPLICATION_JSON).content("{\"answers\": {\"AGE_AT_OFFENCE\": \"15\","
                                + " \"AGE_EVIDENCE\": \"FAMILY_BOOK\", \"IN_CAMERA\": \"YES\","
                                + " \"PRETRIAL_DETENTION\": \"YES\", \"PRETRIAL_DETENTION_DAYS\": \"75\","
                                + " \"PRISON_UNIFORM\": \"NOT_OBSERVED\", \"LAWYER_PRESENT\": \"\"},"
                                + " \"note\": \"The hearing room door was closed.\"}"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.answers.AGE_AT_OFFENCE").value("15"))
                .andExpect(jsonPath("$.answers.PRETRIAL_DETENTION_DAYS").value("75"))
                .andExpect(jsonPath("$.answers.LAWYER_PRESENT").doesNotExist())
                .andExpect(jsonPath("$.version").value(0));
        Checklist saved = monitoring.save(monitor, hearing.id(), Map.of("IN_CAMERA", "NO"), null, 0);
        assertThat(saved.answers()).containsOnlyKeys(ChecklistItem.IN_CAMERA);
        assertThat(saved.version()).isEqualTo(1);
        assertThatThrownBy(() -> monitoring.save(monitor, hearing.id(), Map.of("IN_CAMERA", "YES"), null, 0))
                .isInstanceOfSatisfying(KomarException.class,
                        e -> assertThat(e.code()).isEqualTo("MONITORING_CHECKLIST_CHANGED"));
    }

    @Test
    void the_report_counts_each_answer_out_of_those_observed_by_court_and_in_all() {
        AgencyId courtA = new AgencyId(UUID.randomUUID());
        AgencyId courtB = new AgencyId(UUID.randomUUID());
        List<Checklist> checklists = List.of(
                checklist(Map.of(ChecklistItem.IN_CAMERA, "YES", ChecklistItem.AGE_AT_OFFENCE, "15",
                        ChecklistItem.PRETRIAL_DETENTION_DAYS, "30", ChecklistItem.AGE_EVIDENCE, "FAMILY_BOOK")),
                checklist(Map.of(ChecklistItem.IN_CAMERA, "NO", ChecklistItem.AGE_AT_OFFENCE, "13",
                        ChecklistItem.PRETRIAL_DETENTION_DAYS, "31", ChecklistItem.AGE_EVIDENCE, "NOT_OBSERVED")),
                checklist(Map.of(ChecklistItem.IN_CAMERA, "NOT_OBSERVED", ChecklistItem.AGE_AT_OFFENCE, "17",
                        ChecklistItem.PRETRIAL_DETENTION_DAYS, "181")),
                checklist(Map.of(ChecklistItem.IN_CAMERA, "YES", ChecklistItem.AGE_AT_OFFENCE, "14")));
        Map<UUID, AgencyId> courtOf = new HashMap<>();
        courtOf.put(checklists.get(0).id(), courtA);
        courtOf.put(checklists.get(1).id(), courtA);
        courtOf.put(checklists.get(2).id(), courtA);
        courtOf.put(checklists.get(3).id(), courtB);

        MonitoringReport report = MonitoringService.aggregate(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 12, 31),
                checklists, c -> courtOf.get(c.id()));

        assertThat(report.total()).isEqualTo(4);
        assertThat(report.checklists()).containsEntry(courtA, 3L).containsEntry(courtB, 1L);
        MonitoringReport.Row inCamera = row(report, ChecklistItem.IN_CAMERA, "YES");
        assertThat(inCamera.total()).isEqualTo(new MonitoringReport.Tally(2, 3, 1));
        assertThat(inCamera.total().percent()).isEqualTo(66.7);
        assertThat(inCamera.of(courtA)).isEqualTo(new MonitoringReport.Tally(1, 2, 1));
        assertThat(inCamera.of(courtA).percent()).isEqualTo(50.0);
        assertThat(inCamera.of(courtB)).isEqualTo(new MonitoringReport.Tally(1, 1, 0));
        assertThat(row(report, ChecklistItem.AGE_AT_OFFENCE, "UNDER_14").total().count()).isEqualTo(1);
        assertThat(row(report, ChecklistItem.AGE_AT_OFFENCE, "AGE_14_15").total())
                .isEqualTo(new MonitoringReport.Tally(2, 4, 0));
        assertThat(row(report, ChecklistItem.AGE_AT_OFFENCE, "AGE_16_17").of(courtA).count()).isEqualTo(1);
        assertThat(row(report, ChecklistItem.PRETRIAL_DETENTION_DAYS, "DAYS_0_30").total().count()).isEqualTo(1);
        assertThat(row(report, ChecklistItem.PRETRIAL_DETENTION_DAYS, "DAYS_31_60").total().count()).isEqualTo(1);
        assertThat(row(report, ChecklistItem.PRETRIAL_DETENTION_DAYS, "DAYS_OVER_180").total().count()).isEqualTo(1);
        assertThat(row(report, ChecklistItem.AGE_EVIDENCE, "FAMILY_BOOK").total())
                .isEqualTo(new MonitoringReport.Tally(1, 1, 1));
        assertThat(row(report, ChecklistItem.LAWYER_PRESENT, "YES").total().percent()).isNull();
    }

    @Test
    void the_report_holds_the_organisations_own_checklists_of_the_period_only() {
        Hearing inPeriod = schedule("2026-11-10T08:00");
        Hearing before = schedule("2026-10-31T23:00");
        Actor colleague = fixtures.actor(Role.TRIAL_MONITOR, fixtures.agency(AgencyType.TRIAL_MONITORING, "17"));
        for (Hearing hearing : List.of(inPeriod, before)) {
            courts.admitMonitor(clerk, hearing.id(), monitor.username());
            courts.admitMonitor(clerk, hearing.id(), colleague.username());
        }
        monitoring.save(monitor, inPeriod.id(), Map.of("IN_CAMERA", "YES"), null, null);
        monitoring.save(monitor, before.id(), Map.of("IN_CAMERA", "NO"), null, null);
        monitoring.save(colleague, inPeriod.id(), Map.of("IN_CAMERA", "NO"), null, null);

        MonitoringReport report = monitoring.report(monitor, LocalDate.of(2026, 11, 1), LocalDate.of(2026, 11, 30),
                null);
        assertThat(report.total()).isEqualTo(1);
        assertThat(report.courts()).containsExactly(clerk.agencyId());
        assertThat(row(report, ChecklistItem.IN_CAMERA, "YES").total()).isEqualTo(new MonitoringReport.Tally(1, 1, 0));
        assertThat(monitoring.report(monitor, LocalDate.of(2026, 10, 31), LocalDate.of(2026, 10, 31), null).total())
                .isEqualTo(1);
        assertThat(monitoring.report(monitor, LocalDate.of(2026, 11, 1), LocalDate.of(2026, 11, 30),
                fixtures.agency(AgencyType.COURT_OF_APPEAL, "12").id()).total()).isZero();
        assertThatThrownBy(() -> monitoring.report(clerk, LocalDate.of(2026, 11, 1), LocalDate.of(2026, 11, 30), null))
                .isInstanceOfSatisfying(KomarException.class, e -> assertThat(e.status()).isEqualTo(403));
    }

    @Test
    void the_report_exports_as_csv_with_the_readers_labels() throws Exception {
        Hearing hearing = schedule("2026-11-10T08:00");
        courts.admitMonitor(clerk, hearing.id(), monitor.username());
        monitoring.save(monitor, hearing.id(), Map.of("IN_CAMERA", "YES", "JUDGMENT_IN_PUBLIC", "YES"), null, null);
        String csv = mvc.perform(get("/monitoring/report.csv?from=2026-11-01&to=2026-11-30").session(signIn(monitor)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(csv).contains("IN_CAMERA", "The hearing was held in camera (JJL 47)", "100.0");
        Agency court = fixtures.agency(AgencyType.COURT_OF_FIRST_INSTANCE, "12");
        assertThat(court).isNotNull();
    }

    private Hearing schedule(String at) {
        return courts.schedule(clerk, new CourtService.NewHearing(kase.id().toString(), at, "TRIAL", "Chamber 1"));
    }

    private static Checklist checklist(Map<ChecklistItem, String> answers) {
        return new Checklist(UUID.randomUUID(), new HearingId(UUID.randomUUID()), new UserId(UUID.randomUUID()),
                new AgencyId(UUID.randomUUID()), new EnumMap<>(answers), null, java.time.Instant.EPOCH, 0);
    }

    private static MonitoringReport.Row row(MonitoringReport report, ChecklistItem item, String key) {
        return report.rows().stream().filter(r -> r.item() == item && r.key().equals(key)).findFirst().orElseThrow();
    }
}
