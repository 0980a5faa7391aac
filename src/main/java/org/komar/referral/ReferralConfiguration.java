package org.komar.referral;

import org.komar.shared.CasePanel;
import org.komar.shared.HomePanel;
import org.komar.shared.NavigationItem;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Where referrals show: the menu, a section of the case page, and the home page's waiting referrals. */
@Configuration(proxyBeanMethods = false)
class ReferralConfiguration {

    @Bean
    NavigationItem referralNavigation() {
        return new NavigationItem("/referrals", "nav.referrals", "CASE_READ", 40);
    }

    @Bean
    CasePanel referralPanel() {
        return new CasePanel("referrals", "/cases/{id}/panels/referrals", 60);
    }

    @Bean
    HomePanel referralHomePanel() {
        return new HomePanel("referrals", "/referrals/waiting", "CASE_READ", 40);
    }
}
