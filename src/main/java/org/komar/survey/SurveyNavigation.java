package org.komar.survey;

import org.komar.shared.NavigationItem;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class SurveyNavigation {

    @Bean
    NavigationItem surveysNavigation() {
        return new NavigationItem("/surveys", "nav.surveys", "NETWORK_COORDINATE", 220);
    }
}
