package org.komar.timeline;

import java.time.Clock;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class TimelineConfiguration {

    @Bean
    EventValidator eventValidator(Clock clock, ObjectProvider<FacilityCodes> facilities) {
        // Without a facility register (none is installed yet), any well-formed code is accepted.
        return new EventValidator(clock, facilities.getIfAvailable(() -> code -> true));
    }
}
