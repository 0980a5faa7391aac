package org.komar.statistics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.SchemaFactory;

import org.junit.jupiter.api.Test;
import org.komar.access.Actor;
import org.komar.access.Role;
import org.komar.cases.CaseService;
import org.komar.cases.CaseView;
import org.komar.child.ChildService;
import org.komar.support.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import tools.jackson.databind.JsonNode;

/**
 * The DHIS2 export: well-formed dataValueSets JSON and ADX XML (valid against the ADX structure) carrying the mapped
 * identifiers and codes and the right counts; the mapping replaced whole by administrators (audited) or not at all.
 */
class Dhis2ExportTest extends IntegrationTest {

    @Autowired
    CaseService cases;

    @Autowired
    ChildService children;

    @Autowired
    UserDetailsService users;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Dhis2Export export;

    /** Three girls and a boy arrested in Kandal (08) in 2006. */
    private void arrestsIn2006() {
        if (jdbc.sql("SELECT COUNT(*) FROM stat_fact WHERE kind = 'ARREST' AND occurred_at >= :from"
                        + " AND occurred_at < :to").param("from", FactStore.utc(Period.year(2006).start()))
                .param("to", FactStore.utc(Period.year(2006).end())).query(Long.class).single() > 0) {
            return;
        }
        Scenario s = new Scenario(fixtures, cases, children, 2006, "08");
        for (String sex : List.of("F", "F", "F", "M")) {
            CaseView kase = s.conflictCase(s.child(sex, 15), "THEFT", "MISDEMEANOUR");
            s.record(s.police, kase.id(), "ARRESTED", "06-01T08:00", "flagrant", true);
        }
    }

    @Test
    void data_value_sets_carry_the_mapped_ids_and_the_counts_by_province_and_sex() throws Exception {
        arrestsIn2006();
        Actor statistician = fixtures.actor(Role.STATISTICIAN, "12");
        Dhis2Mapping defaults = Dhis2Mapping.defaults();

        String body = mvc.perform(get("/api/v1/dhis2/dataValueSets?period=2006")
                        .header("Authorization", bearer(statistician)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        JsonNode set = readJson(body);

        assertThat(set.get("dataSet").asText()).isEqualTo(defaults.find(Dhis2Mapping.Type.DATA_SET, "dataSet")
                .orElseThrow().uid());
        assertThat(set.get("period").asText()).isEqualTo("2006");
        String element = defaults.find(Dhis2Mapping.Type.DATA_ELEMENT, "CHILDREN_ARRESTED.NUMERATOR").orElseThrow()
                .uid();
        String kandal = defaults.find(Dhis2Mapping.Type.ORG_UNIT, "08").orElseThrow().uid();
        String girls = defaults.find(Dhis2Mapping.Type.CATEGORY_OPTION_COMBO, "sex=F").orElseThrow().uid();
        String country = defaults.find(Dhis2Mapping.Type.ORG_UNIT, "KH").orElseThrow().uid();
        assertThat(value(set, element, kandal, girls)).isEqualTo("3");
        assertThat(value(set, element, country, girls)).isEqualTo("3");
        for (JsonNode v : set.get("dataValues")) {
            assertThat(v.get("dataElement").asText()).matches("[A-Za-z][A-Za-z0-9]{10}");
            assertThat(v.get("orgUnit").asText()).matches("[A-Za-z][A-Za-z0-9]{10}");
            assertThat(v.get("categoryOptionCombo").asText()).matches("[A-Za-z][A-Za-z0-9]{10}");
            assertThat(v.get("attributeOptionCombo").asText()).isEqualTo("HllvX50cXC0");
            assertThat(v.get("period").asText()).isEqualTo("2006");
            assertThat(v.get("value").asText()).matches("-?\\d+(\\.\\d+)?");
        }
        String web = mvc.perform(get("/statistics/dhis2/dataValueSets.json?period=2006&orgUnits=08")
                        .with(user(users.loadUserByUsername(statistician.username()))))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(value(readJson(web), element, kandal, girls)).isEqualTo("3");
    }

    @Test
    void adx_is_valid_against_the_adx_structure_and_carries_the_mapped_codes() throws Exception {
        arrestsIn2006();
        Actor admin = fixtures.actor(Role.ADMINISTRATOR, "12");

        byte[] xml = mvc.perform(get("/api/v1/dhis2/adx?period=2006&orgUnits=KH,08")
                        .header("Authorization", bearer(admin)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();

        SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI)
                .newSchema(new StreamSource(new ClassPathResource("dhis2/adx-structure.xsd").getInputStream()))
                .newValidator().validate(new StreamSource(new ByteArrayInputStream(xml)));
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        Document document = factory.newDocumentBuilder().parse(new ByteArrayInputStream(xml));
        Element root = document.getDocumentElement();
        assertThat(root.getNamespaceURI()).isEqualTo("urn:ihe:qrph:adx:2015");
        assertThat(root.getLocalName()).isEqualTo("adx");
        NodeList groups = root.getElementsByTagNameNS("urn:ihe:qrph:adx:2015", "group");
        assertThat(groups.getLength()).isEqualTo(2);
        List<String> kandalGirls = new ArrayList<>();
        for (int g = 0; g < groups.getLength(); g++) {
            Element group = (Element) groups.item(g);
            assertThat(group.getAttribute("period")).isEqualTo("2006-01-01/P1Y");
            assertThat(group.getAttribute("dataSet")).isEqualTo("KOMAR_JJ");
            NodeList values = group.getElementsByTagNameNS("urn:ihe:qrph:adx:2015", "dataValue");
            for (int v = 0; v < values.getLength(); v++) {
                Element value = (Element) values.item(v);
                if (group.getAttribute("orgUnit").equals("KH08") && value.getAttribute("dataElement")
                        .equals("JJ_01_NUM") && value.getAttribute("JJ_SEX").equals("JJ_SEX_F")) {
                    kandalGirls.add(value.getAttribute("value"));
                }
            }
        }
        assertThat(kandalGirls).containsExactly("3");
    }

    @Test
    void administrators_replace_the_mapping_whole_audited_or_not_at_all_and_others_may_not() throws Exception {
        arrestsIn2006();
        Actor admin = fixtures.actor(Role.ADMINISTRATOR, "12");
        var session = user(users.loadUserByUsername(admin.username()));
        String csv = mvc.perform(get("/statistics/admin/dhis2/mapping.csv").with(session))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        String kandalUid = Dhis2Mapping.defaults().find(Dhis2Mapping.Type.ORG_UNIT, "08").orElseThrow().uid();
        String edited = csv.replace("ORG_UNIT,08,," + kandalUid + ",KH08", "ORG_UNIT,08,,Kandal00001,KH-KANDAL");
        assertThat(edited).isNotEqualTo(csv);

        mvc.perform(multipart("/statistics/admin/dhis2/mapping").file(new MockMultipartFile("file", "m.csv",
                        "text/csv", edited.replace("Kandal00001", "short").getBytes(StandardCharsets.UTF_8)))
                .with(session).with(csrf())).andExpect(status().is3xxRedirection());
        assertThat(export.defaultMapping()).isTrue();

        mvc.perform(multipart("/statistics/admin/dhis2/mapping").file(new MockMultipartFile("file", "m.csv",
                        "text/csv", edited.getBytes(StandardCharsets.UTF_8)))
                .with(session).with(csrf())).andExpect(status().is3xxRedirection());
        assertThat(export.mapping().find(Dhis2Mapping.Type.ORG_UNIT, "08").orElseThrow().code())
                .isEqualTo("KH-KANDAL");
        String adx = mvc.perform(get("/api/v1/dhis2/adx?period=2006&orgUnits=08")
                .header("Authorization", bearer(admin))).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString();
        assertThat(adx).contains("orgUnit=\"KH-KANDAL\"");
        assertThat(jdbc.sql("SELECT COUNT(*) FROM audit_entry WHERE action = 'DHIS2_MAPPING_REPLACED'")
                .query(Long.class).single()).isPositive();

        Actor statistician = fixtures.actor(Role.STATISTICIAN, "12");
        mvc.perform(post("/statistics/admin/dhis2/mapping/reset")
                        .with(user(users.loadUserByUsername(statistician.username()))).with(csrf()))
                .andExpect(status().isForbidden());
        mvc.perform(post("/statistics/admin/dhis2/mapping/reset").with(session).with(csrf()))
                .andExpect(status().is3xxRedirection());
        assertThat(export.defaultMapping()).isTrue();
    }

    @Test
    void people_with_case_access_may_not_export_and_bad_periods_or_org_units_are_refused() throws Exception {
        Actor police = fixtures.actor(Role.POLICE, "12");
        mvc.perform(get("/api/v1/dhis2/dataValueSets?period=2006").header("Authorization", bearer(police)))
                .andExpect(status().isForbidden());
        Actor statistician = fixtures.actor(Role.STATISTICIAN, "12");
        String token = bearer(statistician);
        for (String period : List.of("2006-01", "26", "2006Q5", "209901", "")) {
            mvc.perform(get("/api/v1/dhis2/adx?period=" + period).header("Authorization", token))
                    .andExpect(status().isBadRequest());
        }
        mvc.perform(get("/api/v1/dhis2/adx?period=2006&orgUnits=99").header("Authorization", token))
                .andExpect(status().isBadRequest());
    }

    private static String value(JsonNode set, String element, String orgUnit, String combo) {
        for (JsonNode v : set.get("dataValues")) {
            if (v.get("dataElement").asText().equals(element) && v.get("orgUnit").asText().equals(orgUnit)
                    && v.get("categoryOptionCombo").asText().equals(combo)) {
                return v.get("value").asText();
            }
        }
        return null;
    }
}
