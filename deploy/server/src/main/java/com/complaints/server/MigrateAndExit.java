package com.complaints.server;

import org.flywaydb.core.Flyway;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Profile;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * The {@code migrate} profile's whole work: Flyway has migrated the schema while the context started (SQL and Java
 * migrations alike); this says to which version and ends the run with exit code 0, so that a Kubernetes Job or a
 * release script knows the schema is ready before the nodes (which run with Flyway off) roll.
 */
@Component
@Profile("migrate")
@Order(Ordered.HIGHEST_PRECEDENCE)
class MigrateAndExit implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(MigrateAndExit.class);

    private final Flyway flyway;
    private final ConfigurableApplicationContext context;

    MigrateAndExit(Flyway flyway, ConfigurableApplicationContext context) {
        this.flyway = flyway;
        this.context = context;
    }

    @Override
    public void run(ApplicationArguments args) {
        var current = flyway.info().current();
        log.info("schema migrated to version {} ({} migrations pending); exiting",
                current == null ? "none" : current.getVersion(), flyway.info().pending().length);
        System.exit(SpringApplication.exit(context, () -> 0));
    }
}
