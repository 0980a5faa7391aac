package org.komar.timeline;

import java.time.Clock;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class TimelineConfiguration {

    @Bean
    EventValidator eventValidator(Clock clock, ObjectProvider<FacilityCodes> facilities) {
        // The facility register (module facility) knows the codes; without it (a slice of the application that
        // leaves that module out) any well-formed code is accepted.
        return new EventValidator(clock, facilities.getIfAvailable(() -> code -> true));
    }
}
