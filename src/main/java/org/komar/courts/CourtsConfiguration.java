package org.komar.courts;

import org.komar.shared.CasePanel;
import org.komar.shared.HomePanel;
import org.komar.shared.NavigationItem;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Where courts and monitoring show: the menu, the case page's hearings, and a monitor's hearings on the home page. */
@Configuration(proxyBeanMethods = false)
class CourtsConfiguration {

    @Bean
    NavigationItem courtCalendarNavigation() {
        return new NavigationItem("/courts", "nav.courts", "CASE_READ", 45);
    }

    @Bean
    NavigationItem monitoringNavigation() {
        return new NavigationItem("/monitoring", "nav.monitoring", "HEARING_MONITOR", 46);
    }

    @Bean
    NavigationItem monitoringReportNavigation() {
        return new NavigationItem("/monitoring/report", "nav.monitoringReport", "HEARING_MONITOR", 47);
    }

    @Bean
    CasePanel hearingPanel() {
        return new CasePanel("hearings", "/cases/{id}/panels/hearings", 50);
    }

    @Bean
    HomePanel monitoringHomePanel() {
        return new HomePanel("monitoring", "/monitoring/waiting", "HEARING_MONITOR", 30);
    }
}
