package com.complaints.search.index;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.stereotype.Component;

/**
 * The reindex command: started with {@code --search.reindex}, the server reindexes every tenant, reports, and exits
 * (0 when done). Run it with the production settings and {@code --spring.main.web-application-type=none}.
 */
@Component
@ConditionalOnExpression("!'${complaints.search.elasticsearch.uris:}'.isBlank()")
class ReindexCommand implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(ReindexCommand.class);

    private final SearchReindexer reindexer;
    private final ConfigurableApplicationContext context;

    ReindexCommand(SearchReindexer reindexer, ConfigurableApplicationContext context) {
        this.reindexer = reindexer;
        this.context = context;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (!args.containsOption("search.reindex")) {
            return;
        }
        SearchReindexer.Progress result = reindexer.runNow();
        log.info("reindex {}: {} documents of {}/{} tenants into {}{}", result.state(), result.documents(),
                result.tenantsDone(), result.tenantsTotal(), result.index(), result.error() == null ? "" : " — " + result.error());
        int code = "DONE".equals(result.state()) ? 0 : 1;
        System.exit(SpringApplication.exit(context, () -> code));
    }
}
