package org.komar.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.Set;
import java.util.TreeSet;

import org.junit.jupiter.api.Test;
import org.komar.support.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import tools.jackson.databind.JsonNode;

/** The OpenAPI document Komar serves describes exactly the API it has: no call missing, none invented. */
class OpenApiDocumentTest extends IntegrationTest {

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mappings;

    @Test
    void the_document_lists_every_api_call_the_application_answers_and_no_other() throws Exception {
        JsonNode document = readJson(mvc.perform(get("/v3/api-docs")).andExpect(status().isOk()).andReturn()
                .getResponse().getContentAsString());
        Set<String> documented = new TreeSet<>();
        document.get("paths").properties().forEach(path -> path.getValue().properties()
                .forEach(operation -> documented.add(operation.getKey().toUpperCase() + " " + path.getKey())));

        Set<String> served = new TreeSet<>();
        mappings.getHandlerMethods().forEach((info, method) -> info.getPatternValues().stream()
                .filter(pattern -> pattern.startsWith("/api/"))
                .forEach(pattern -> info.getMethodsCondition().getMethods()
                        .forEach(verb -> served.add(verb.name() + " " + pattern))));

        assertThat(documented).isEqualTo(served);
        assertThat(documented).contains("POST /api/v1/auth/token", "POST /api/v1/children", "GET /api/v1/children",
                "GET /api/v1/children/{id}", "POST /api/v1/cases", "GET /api/v1/cases", "GET /api/v1/cases/{id}",
                "POST /api/v1/cases/{id}/events", "GET /api/v1/cases/{id}/events",
                "POST /api/v1/cases/{id}/events/{eventId}/void");
    }

    @Test
    void the_browsable_documentation_is_served() throws Exception {
        mvc.perform(get("/swagger-ui/index.html")).andExpect(status().isOk());
    }
}
