package org.komar.aftercare;

import org.komar.shared.CasePanel;
import org.komar.shared.NavigationItem;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Where aftercare shows: the menu (plans; re-offending figures) and a section of the case page. */
@Configuration(proxyBeanMethods = false)
class AftercareConfiguration {

    @Bean
    NavigationItem aftercareNavigation() {
        return new NavigationItem("/aftercare", "nav.aftercare", "AFTERCARE_PLAN", 48);
    }

    @Bean
    NavigationItem recidivismNavigation() {
        return new NavigationItem("/aftercare/recidivism", "nav.recidivism", "STATISTICS_READ", 49);
    }

    @Bean
    CasePanel aftercarePanel() {
        return new CasePanel("aftercare", "/cases/{id}/panels/aftercare", 70);
    }
}
