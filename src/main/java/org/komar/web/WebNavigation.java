package org.komar.web;

import org.komar.shared.NavigationItem;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The menu entries of the foundation; other modules declare theirs beside their own pages. */
@Configuration(proxyBeanMethods = false)
class WebNavigation {

    @Bean
    NavigationItem homeNavigation() {
        return new NavigationItem("/", "nav.home", null, 0);
    }

    @Bean
    NavigationItem childrenNavigation() {
        return new NavigationItem("/children", "nav.children", "CASE_READ", 10);
    }

    @Bean
    NavigationItem casesNavigation() {
        return new NavigationItem("/cases", "nav.cases", "CASE_READ", 20);
    }

    @Bean
    NavigationItem usersNavigation() {
        return new NavigationItem("/admin/users", "nav.users", "USER_ADMIN", 900);
    }

    @Bean
    NavigationItem agenciesNavigation() {
        return new NavigationItem("/admin/agencies", "nav.agencies", "USER_ADMIN", 910);
    }

    @Bean
    NavigationItem auditNavigation() {
        return new NavigationItem("/admin/audit", "nav.audit", "AUDIT_READ", 920);
    }

    @Bean
    NavigationItem apiNavigation() {
        return new NavigationItem("/swagger-ui.html", "nav.api", null, 990);
    }
}
