package org.komar.training;

import org.komar.shared.NavigationItem;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class TrainingNavigation {

    @Bean
    NavigationItem trainingMenuEntry() {
        return new NavigationItem("/training", "nav.training", "NETWORK_COORDINATE", 210);
    }
}
