package org.komar.shared;

import java.sql.Connection;
import java.sql.SQLException;

import javax.sql.DataSource;

import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Profile;

/**
 * In production ({@code SPRING_PROFILES_ACTIVE=prod}) Komar runs on PostgreSQL and nothing else: the data source is
 * checked as soon as it exists, before any migration touches it, and start-up stops on any other database.
 */
@Configuration(proxyBeanMethods = false)
@Profile("prod")
class ProductionDatabaseGuard {

    @Bean
    static BeanPostProcessor requirePostgresql() {
        return new BeanPostProcessor() {
            @Override
            public Object postProcessAfterInitialization(Object bean, String name) {
                if (bean instanceof DataSource dataSource) {
                    check(dataSource);
                }
                return bean;
            }
        };
    }

    static void check(DataSource dataSource) {
        try (Connection connection = dataSource.getConnection()) {
            String product = connection.getMetaData().getDatabaseProductName();
            if (!"PostgreSQL".equals(product)) {
                throw new IllegalStateException("The prod profile runs on PostgreSQL only, not on " + product
                        + "; set SPRING_DATASOURCE_URL=jdbc:postgresql://…");
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot reach the production database: " + e.getMessage(), e);
        }
    }
}
