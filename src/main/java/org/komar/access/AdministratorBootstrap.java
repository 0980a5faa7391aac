package org.komar.access;

import java.security.SecureRandom;
import java.util.EnumSet;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * On first start with no account at all, creates {@code admin} with the password in {@code KOMAR_ADMIN_PASSWORD},
 * or a random one printed once to standard output (never to the log files).
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class AdministratorBootstrap implements ApplicationRunner {

    static final String ADMIN_AGENCY_CODE = "KOMAR-ADMIN";
    private static final Logger log = LoggerFactory.getLogger(AdministratorBootstrap.class);
    private static final String ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789";

    private final Accounts accounts;
    private final AgencyDirectory agencies;
    private final Environment environment;

    AdministratorBootstrap(Accounts accounts, AgencyDirectory agencies, Environment environment) {
        this.accounts = accounts;
        this.agencies = agencies;
        this.environment = environment;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (!accounts.isEmpty()) {
            return;
        }
        Agency administration = agencies.findByCode(ADMIN_AGENCY_CODE).orElseGet(() -> agencies.create(
                ADMIN_AGENCY_CODE, AgencyType.MINISTRY, "Komar administration", "រដ្ឋបាលប្រព័ន្ធកុមារ", null));
        String given = environment.getProperty("KOMAR_ADMIN_PASSWORD");
        boolean generated = given == null || given.isBlank();
        String password = generated ? randomPassword() : given;
        accounts.create(new NewUser("admin", password, "Administrator", null, administration.id(),
                EnumSet.of(Role.ADMINISTRATOR), "km"));
        if (generated) {
            // Printed once, to the console only, so that it does not linger in log files.
            System.out.println("Komar: created user 'admin' with password " + password
                    + " (shown only this once; set KOMAR_ADMIN_PASSWORD to choose it)");
        } else {
            log.info("Created user 'admin' with the password from KOMAR_ADMIN_PASSWORD");
        }
    }

    private static String randomPassword() {
        SecureRandom random = new SecureRandom();
        StringBuilder password = new StringBuilder();
        for (int i = 0; i < 20; i++) {
            password.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
        }
        return password.toString();
    }
}
