package org.komar.support;

import java.time.Clock;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;

@TestConfiguration(proxyBeanMethods = false)
public class TestClockConfiguration {

    @Bean
    @Primary
    MutableClock testClock() {
        return new MutableClock();
    }

    @Bean
    Fixtures fixtures(org.komar.access.AgencyDirectory agencies, org.komar.access.Accounts accounts,
                      org.komar.child.ChildService children, org.komar.cases.CaseService cases, Clock clock) {
        return new Fixtures(agencies, accounts, children, cases, clock);
    }
}
