package org.komar.shared;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;

/**
 * The periodic work of the modules (the worklist's sweep, the packs' check, the public figures, the calendar's and
 * rule sets' refresh). On unless {@code komar.scheduling.enabled} is false, as the {@code import} command sets it:
 * a command that loads a file has no use for a server's rounds, which would take the database's time meanwhile;
 * the server does them when it starts.
 */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
@ConditionalOnProperty(name = "komar.scheduling.enabled", havingValue = "true", matchIfMissing = true)
class SchedulingConfiguration {
}
