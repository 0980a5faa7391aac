package org.komar.training;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.komar.access.Actor;
import org.komar.access.Agency;
import org.komar.access.AgencyType;
import org.komar.access.Role;
import org.komar.network.NetworkDirectory;
import org.komar.network.ProfileDetails;
import org.komar.shared.KomarException;
import org.komar.support.IntegrationTest;
import org.komar.support.SignIn;
import org.komar.training.TrainingInputs.ParticipantDetails;
import org.komar.training.TrainingInputs.SeriesDetails;
import org.komar.training.TrainingInputs.SessionDetails;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpSession;

/** Capacity building end to end: series, session, registration, attendance, breakdowns, certificates, follow-up. */
class TrainingTest extends IntegrationTest {

    @Autowired
    TrainingService training;

    @Autowired
    NetworkDirectory network;

    @Test
    void attendance_is_broken_down_by_sex_age_group_and_type_of_organisation() {
        Actor organiser = fixtures.actor(Role.NETWORK_COORDINATOR, "12");
        Agency court = fixtures.agency(AgencyType.COURT_OF_FIRST_INSTANCE, "17");
        network.addAgency(organiser, court.id(), new ProfileDetails("GOVERNMENT", null, null, null, null, true,
                null, false, null));
        Session session = session(organiser, TrainingTopic.CHILD_SENSITIVE_PROCEDURE);
        Participant judge = register(organiser, session, "Heng Sopheak", "F", "ADULT", "JUDGE", court, "17");
        Participant prosecutor = register(organiser, session, "Keo Sothea", "M", "ADULT", "PROSECUTOR", court, "17");
        Participant youth = register(organiser, session, "Srey Pich", "F", "CHILD", "CHILD_OR_YOUTH_ADVOCATE", null,
                "12");

        training.recordAttendance(organiser, session.id(), Set.of(judge.id(), youth.id()));

        AttendanceBreakdown breakdown = training.session(organiser, session.id()).breakdown();
        assertThat(breakdown.registrants()).isEqualTo(3);
        assertThat(breakdown.attendees()).isEqualTo(2);
        assertThat(breakdown.bySex()).containsExactly(new AttendanceBreakdown.Row("F", 2, 2),
                new AttendanceBreakdown.Row("M", 1, 0));
        assertThat(breakdown.byAgeGroup()).contains(new AttendanceBreakdown.Row("CHILD", 1, 1),
                new AttendanceBreakdown.Row("ADULT", 2, 1));
        assertThat(breakdown.byOrganisationType()).contains(new AttendanceBreakdown.Row("GOVERNMENT", 2, 1),
                new AttendanceBreakdown.Row(AttendanceBreakdown.NOT_IN_NETWORK, 1, 1));
        assertThatThrownBy(() -> training.certificate(organiser, prosecutor.id()))
                .hasMessage("TRAINING_CERTIFICATE_NOT_FOUND");
    }

    @Test
    void the_follow_up_counts_judges_and_prosecutors_trained_in_child_sensitive_procedure_per_province() {
        Actor organiser = fixtures.actor(Role.NETWORK_COORDINATOR, "12");
        Session procedure = session(organiser, TrainingTopic.CHILD_SENSITIVE_PROCEDURE);
        Session diversion = session(organiser, TrainingTopic.DIVERSION_NON_CUSTODIAL);
        Participant a = register(organiser, procedure, "Judge A", "F", "ADULT", "JUDGE", null, "17");
        Participant b = register(organiser, procedure, "Judge B", "M", "ADULT", "JUDGE", null, "02");
        Participant c = register(organiser, procedure, "Prosecutor C", "M", "ADULT", "PROSECUTOR", null, "17");
        register(organiser, procedure, "Judge D (absent)", "M", "ADULT", "JUDGE", null, "17");
        Participant e = register(organiser, diversion, "Judge E", "F", "ADULT", "JUDGE", null, "17");
        training.recordAttendance(organiser, procedure.id(), Set.of(a.id(), b.id(), c.id()));
        training.recordAttendance(organiser, diversion.id(), Set.of(e.id()));

        TrainingService.FollowUp followUp = training.followUp(organiser, TrainingTopic.CHILD_SENSITIVE_PROCEDURE,
                null, null);

        assertThat(followUp.provinces()).containsExactly("02", "17");
        assertThat(followUp.counts().get(Profession.JUDGE)).containsEntry("17", 1).containsEntry("02", 1);
        assertThat(followUp.counts().get(Profession.PROSECUTOR)).containsEntry("17", 1).containsEntry("02", 0);
        assertThat(followUp.totals()).containsEntry(Profession.JUDGE, 2).containsEntry(Profession.PROSECUTOR, 1);
        assertThat(training.followUp(organiser, null, Profession.JUDGE, "17").trained())
                .extracting(t -> t.participant().name()).containsExactlyInAnyOrder("Judge A", "Judge E");
    }

    @Test
    void organisers_of_other_agencies_and_people_without_the_permission_see_nothing() throws Exception {
        Actor organiser = fixtures.actor(Role.NETWORK_COORDINATOR, "12");
        Session session = session(organiser, TrainingTopic.CHILDRENS_COURTS);
        Actor elsewhere = fixtures.actor(Role.NETWORK_COORDINATOR, "17");
        assertThatThrownBy(() -> training.session(elsewhere, session.id()))
                .isInstanceOfSatisfying(KomarException.class, e -> assertThat(e.status()).isEqualTo(404));
        assertThat(training.listSeries(elsewhere)).isEmpty();
        Actor police = fixtures.actor(Role.POLICE, "12");
        assertThatThrownBy(() -> training.listSeries(police)).hasMessage("FORBIDDEN");
        mvc.perform(get("/training/sessions/" + session.id()).session(SignIn.session(mvc, police)))
                .andExpect(status().isForbidden());
    }

    @Test
    void a_registration_with_missing_details_is_refused_and_nothing_is_stored() {
        Actor organiser = fixtures.actor(Role.NETWORK_COORDINATOR, "12");
        Session session = session(organiser, TrainingTopic.CHILDRENS_COURTS);
        assertThatThrownBy(() -> training.register(organiser, session.id(), new ParticipantDetails("Dara", null,
                "X", null, "JUDGE", null, null, null, "no-address", null)))
                .isInstanceOfSatisfying(KomarException.class, e -> assertThat(e.fieldProblems())
                        .extracting(p -> p.field() + ":" + p.code())
                        .containsExactly("sex:UNKNOWN_CHOICE", "ageGroup:REQUIRED",
                                "organisation:TRAINING_ORGANISATION_REQUIRED", "email:NETWORK_EMAIL_INVALID"));
        assertThat(training.session(organiser, session.id()).participants()).isEmpty();
    }

    @Test
    void organisers_record_attendance_read_the_report_and_print_bilingual_certificates_in_the_pages()
            throws Exception {
        Actor organiser = fixtures.actor(Role.NETWORK_COORDINATOR, "12");
        MockHttpSession browser = SignIn.session(mvc, organiser);
        String refused = mvc.perform(post("/training/series").session(browser).with(csrf())
                        .param("titleEn", "Only in English"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(refused).contains("This field is required.").contains("value=\"Only in English\"");
        String series = mvc.perform(post("/training/series").session(browser).with(csrf())
                        .param("titleEn", "Juvenile justice for practitioners")
                        .param("titleKm", "យុត្តិធម៌អនីតិជនសម្រាប់អ្នកអនុវត្ត"))
                .andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
        String session = mvc.perform(post(series + "/sessions").session(browser).with(csrf())
                        .param("titleEn", "Diversion and non-custodial measures")
                        .param("titleKm", "ការបង្វែរ និងវិធានការក្រៅពីការឃុំខ្លួន")
                        .param("topic", "DIVERSION_NON_CUSTODIAL").param("language", "KM").param("date", "2026-03-12")
                        .param("speakers", "H.E. Judge Chan").param("province", "12")
                        .param("materials", "Slides | https://example.org/slides.pdf"))
                .andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
        mvc.perform(post(session + "/participants").session(browser).with(csrf()).param("name", "Sok Chea")
                        .param("nameKhmer", "សុខ ជា").param("sex", "F").param("ageGroup", "YOUTH")
                        .param("profession", "SOCIAL_WORKER").param("organisationName", "Village network")
                        .param("province", "12"))
                .andExpect(status().is3xxRedirection());
        UUID sessionId = UUID.fromString(session.substring(session.lastIndexOf('/') + 1));
        Participant chea = training.session(organiser, sessionId).participants().get(0);
        mvc.perform(post(session + "/attendance").session(browser).with(csrf()).param("attended",
                chea.id().toString())).andExpect(status().is3xxRedirection());

        String report = mvc.perform(get(session + "/report").session(browser)).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        assertThat(report).contains("Attendance report").contains("Youth (18–24)").contains("100%");
        String followUp = mvc.perform(get("/training/follow-up").param("topic", "DIVERSION_NON_CUSTODIAL")
                        .session(browser)).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(followUp).contains("Sok Chea").contains("Social worker");
        String certificate = mvc.perform(get("/training/participants/" + chea.id() + "/certificate")
                        .session(browser)).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(certificate).contains("សុខ ជា").contains("Sok Chea").contains("១២ មីនា ២០២៦")
                .contains("12 March 2026").contains("Certificate of participation")
                .contains("វិញ្ញាបនបត្របញ្ជាក់ការចូលរួម");
    }

    private Session session(Actor organiser, TrainingTopic topic) {
        Series series = training.createSeries(organiser, new SeriesDetails("Series", "វគ្គ", null, null));
        return training.addSession(organiser, series.id(), new SessionDetails("Session on " + topic,
                "វគ្គសិក្សា", topic.name(), "Speaker", null, "KM", LocalDate.of(2026, 3, 12), "12", "Phnom Penh",
                List.of()));
    }

    private Participant register(Actor organiser, Session session, String name, String sex, String age,
                                 String profession, Agency organisation, String province) {
        return training.register(organiser, session.id(), new ParticipantDetails(name, null, sex, age, profession,
                organisation == null ? null : organisation.id().toString(),
                organisation == null ? "Another organisation" : null, province, null, null));
    }
}
