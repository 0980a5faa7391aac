package org.komar.diversion;

import org.komar.shared.CasePanel;
import org.komar.shared.NavigationItem;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The diversion panel on the case page and the register in the menu. */
@Configuration(proxyBeanMethods = false)
class DiversionConfiguration {

    @Bean
    NavigationItem diversionRegisterMenuEntry() {
        return new NavigationItem("/diversion/register", "nav.diversionRegister", "CASE_READ", 45);
    }

    @Bean
    CasePanel diversionPanel() {
        return new CasePanel("diversion", "/cases/{id}/panels/diversion", 30);
    }
}
