package org.komar.network;

import org.komar.shared.NavigationItem;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class NetworkNavigation {

    @Bean
    NavigationItem networkMenuEntry() {
        return new NavigationItem("/network", "nav.network", "NETWORK_COORDINATE", 200);
    }
}
