package org.komar.facility;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.komar.access.Actor;
import org.komar.access.Role;
import org.komar.support.Fixtures;
import org.komar.support.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/** The administrators' facility pages: adding through the form, a stale edit refused in Khmer, retiring. */
class FacilityAdminPageTest extends IntegrationTest {

    @Autowired
    UserDetailsService users;

    @Autowired
    FacilityRegister register;

    private RequestPostProcessor as(Actor actor) {
        return user(users.loadUserByUsername(actor.username()));
    }

    @Test
    void an_administrator_adds_edits_and_retires_a_facility_through_the_pages() throws Exception {
        Actor admin = fixtures.actor(Role.ADMINISTRATOR, "12");
        String code = Fixtures.unique("SH");
        String list = mvc.perform(get("/admin/facilities").with(as(admin)).header("Accept-Language", "km"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(list).contains("មណ្ឌលអប់រំកែប្រែទី២", "CC2", "មណ្ឌលយុវនីតិសម្បទា");

        mvc.perform(post("/admin/facilities").with(as(admin)).with(csrf()).param("code", code)
                        .param("nameLatin", "Test shelter").param("nameKhmer", "ទីជម្រកសាកល្បង").param("type", "SHELTER")
                        .param("province", "17").param("capacity", "30").param("places.PRETRIAL.GIRLS", "40"))
                .andExpect(status().isOk());
        assertThat(register.known(code)).as("sections above the capacity refused").isFalse();

        mvc.perform(post("/admin/facilities").with(as(admin)).with(csrf()).param("code", code)
                        .param("nameLatin", "Test shelter").param("nameKhmer", "ទីជម្រកសាកល្បង").param("type", "SHELTER")
                        .param("province", "17").param("capacity", "30").param("separatesMinorsFromAdults", "true"))
                .andExpect(status().is3xxRedirection());
        Facility created = register.byCode(code).orElseThrow();
        assertThat(created.separatesMinorsFromAdults()).isTrue();

        mvc.perform(post("/admin/facilities/" + created.id()).with(as(admin)).with(csrf())
                        .param("version", String.valueOf(created.version())).param("nameLatin", "Test shelter")
                        .param("nameKhmer", "ទីជម្រកសាកល្បង").param("type", "SHELTER").param("province", "17")
                        .param("capacity", "35")).andExpect(status().is3xxRedirection());
        String stale = mvc.perform(post("/admin/facilities/" + created.id()).with(as(admin)).with(csrf())
                        .header("Accept-Language", "km").param("version", String.valueOf(created.version()))
                        .param("nameLatin", "Other").param("nameKhmer", "ផ្សេង").param("type", "SHELTER")
                        .param("province", "17").param("capacity", "99"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(stale).contains("មាននរណាម្នាក់បានកែប្រែទីកន្លែងនេះ");
        assertThat(register.require(created.id()).capacity()).isEqualTo(35);

        mvc.perform(post("/admin/facilities/" + created.id() + "/retire").with(as(admin)).with(csrf())
                        .param("version", String.valueOf(created.version() + 1)).param("reason", "Closed"))
                .andExpect(status().is3xxRedirection());
        assertThat(register.require(created.id()).retired()).isTrue();

        mvc.perform(post("/admin/facilities/" + created.id() + "/inspections").with(as(admin)).with(csrf())
                        .param("inspectedOn", "2024-05-02").param("body", "NATIONAL_PREVENTIVE_MECHANISM")
                        .param("findings", "Overcrowded pre-trial section; no separate register for girls.")
                        .param("followUp", "Open a register for girls").param("followUpDue", "2024-06-30"))
                .andExpect(status().is3xxRedirection());
        String page = mvc.perform(get("/admin/facilities/" + created.id()).with(as(admin)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("Overcrowded pre-trial section", "ឯករាជ្យ", "យន្តការបង្ការជាតិ");
    }

    @Test
    void only_administrators_reach_the_facility_pages() throws Exception {
        Actor police = fixtures.actor(Role.POLICE, "12");
        Actor statistician = fixtures.actor(Role.STATISTICIAN, "12");
        mvc.perform(get("/admin/facilities").with(as(police))).andExpect(status().isForbidden());
        mvc.perform(get("/admin/facilities").with(as(statistician))).andExpect(status().isForbidden());
    }
}
