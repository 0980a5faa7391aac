package org.komar.detention;

import org.komar.shared.CasePanel;
import org.komar.shared.NavigationItem;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Where detention shows: the menu (numbers for statisticians and administrators, numbers and children for people
 * with case access; no role holds both, so nobody sees the entry twice) and a section of the case page.
 */
@Configuration(proxyBeanMethods = false)
class DetentionConfiguration {

    @Bean
    NavigationItem detentionMenuEntry() {
        return new NavigationItem("/detention", "nav.detention", "STATISTICS_READ", 450);
    }

    @Bean
    NavigationItem caseDetentionMenuEntry() {
        return new NavigationItem("/detention", "nav.detention", "CASE_READ", 450);
    }

    @Bean
    CasePanel detentionPanel() {
        return new CasePanel("detention", "/cases/{id}/panels/detention", 30);
    }
}
