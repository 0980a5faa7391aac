package org.komar.safeguards;

import org.komar.shared.CasePanel;
import org.komar.shared.NavigationItem;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Where safeguards show: a section near the top of the case page, and the administrators' rule-set page. */
@Configuration(proxyBeanMethods = false)
class SafeguardConfiguration {

    @Bean
    CasePanel safeguardPanel() {
        return new CasePanel("safeguards", "/cases/{id}/panels/safeguards", 10);
    }

    @Bean
    NavigationItem ruleSetNavigation() {
        return new NavigationItem("/admin/safeguards", "nav.safeguards", "REFERENCE_ADMIN", 935);
    }
}
