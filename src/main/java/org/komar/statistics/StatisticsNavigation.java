package org.komar.statistics;

import org.komar.shared.NavigationItem;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The statistics menu entry: statisticians and administrators see national figures, people with case access the
 * figures of their own cases (no role holds both permissions, so nobody sees the entry twice).
 */
@Configuration(proxyBeanMethods = false)
class StatisticsNavigation {

    @Bean
    NavigationItem statisticsMenuEntry() {
        return new NavigationItem("/statistics", "nav.statistics", "STATISTICS_READ", 500);
    }

    @Bean
    NavigationItem caseStatisticsMenuEntry() {
        return new NavigationItem("/statistics", "nav.statistics", "CASE_READ", 500);
    }
}
