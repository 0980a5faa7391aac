package org.komar.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.komar.access.Actor;
import org.komar.access.Role;
import org.komar.shared.KomarException;
import org.komar.support.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

class HolidayCalendarTest extends IntegrationTest {

    @Autowired
    HolidayCalendar calendar;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    TransactionTemplate transactions;

    @Autowired
    org.springframework.security.core.userdetails.UserDetailsService users;

    @Test
    void cambodias_official_holidays_for_2026_and_2027_are_preloaded() {
        WorkingDays days = calendar.workingDays();
        assertThat(days.isHoliday(LocalDate.of(2026, 4, 14))).isTrue();
        assertThat(days.isHoliday(LocalDate.of(2026, 11, 9))).isTrue();
        assertThat(days.isHoliday(LocalDate.of(2027, 1, 7))).isTrue();
        assertThat(days.isHoliday(LocalDate.of(2026, 4, 13))).isFalse();
        assertThat(calendar.holidays(2026)).hasSizeGreaterThanOrEqualTo(20)
                .allSatisfy(h -> assertThat(h.nameKhmer()).isNotBlank());
    }

    @Test
    void an_administrator_adds_and_removes_a_holiday_and_both_are_audited() {
        Actor admin = fixtures.actor(Role.ADMINISTRATOR, (String) null);
        LocalDate day = LocalDate.of(2031, 6, 3);
        Holiday added = transactions.execute(s -> calendar.add(admin, day, "Extra day", "ថ្ងៃបន្ថែម", "Sub-decree X"));
        assertThat(calendar.workingDays().isWorkingDay(day)).isFalse();
        transactions.executeWithoutResult(s -> calendar.remove(admin, added.id(), "Entered by mistake"));
        assertThat(calendar.workingDays().isWorkingDay(day)).isTrue();
        assertThat(jdbc.sql("SELECT action FROM audit_entry WHERE subject_id = :id ORDER BY id")
                .param("id", added.id().toString()).query(String.class).list())
                .containsExactly("HOLIDAY_ADDED", "HOLIDAY_REMOVED");
        assertThat(jdbc.sql("SELECT removal_reason FROM public_holiday WHERE id = :id").param("id", added.id())
                .query(String.class).single()).isEqualTo("Entered by mistake");
    }

    @Test
    void a_holiday_without_names_is_refused_and_nothing_is_written() {
        Actor admin = fixtures.actor(Role.ADMINISTRATOR, (String) null);
        try {
            transactions.execute(s -> calendar.add(admin, LocalDate.of(2032, 1, 2), " ", null, null));
        } catch (KomarException refused) {
            assertThat(refused.fieldProblems()).extracting(p -> p.field()).contains("nameLatin", "nameKhmer");
        }
        assertThat(calendar.holidays(2032)).isEmpty();
    }

    @Test
    void only_reference_administrators_may_change_the_calendar() {
        Actor police = fixtures.actor(Role.POLICE, "12");
        try {
            transactions.execute(s -> calendar.add(police, LocalDate.of(2033, 1, 2), "A", "ក", null));
            throw new AssertionError("police added a holiday");
        } catch (KomarException refused) {
            assertThat(refused.status()).isEqualTo(403);
        }
    }

    @Test
    void the_holiday_page_lists_a_year_and_adds_through_the_form() throws Exception {
        Actor admin = fixtures.actor(Role.ADMINISTRATOR, (String) null);
        mvc.perform(get("/admin/holidays").param("year", "2026")
                        .with(user(users.loadUserByUsername(admin.username()))))
                .andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("ពិធីបុណ្យចូលឆ្នាំថ្មីប្រពៃណីជាតិ")));
        Actor police = fixtures.actor(Role.POLICE, "12");
        mvc.perform(get("/admin/holidays").with(user(users.loadUserByUsername(police.username()))))
                .andExpect(status().isForbidden());
    }
}
