package org.komar.worklist;

import org.komar.shared.HomePanel;
import org.komar.shared.NavigationItem;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Where the worklist shows: the menu and the home page; its settings ({@code komar.worklist.*}, {@code komar.mail.*}). */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties({WorklistProperties.class, MailProperties.class})
class WorklistConfiguration {

    @Bean
    NavigationItem worklistNavigation() {
        return new NavigationItem("/worklist", "nav.worklist", "CASE_READ", 5);
    }

    @Bean
    HomePanel worklistHomePanel() {
        return new HomePanel("worklist", "/worklist/home", "CASE_READ", 10);
    }
}
