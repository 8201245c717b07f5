package com.complaints.server;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.web.server.context.WebServerInitializedEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/** Prints where the platform listens and, with the development issuer, how to get a token. */
@Component
class StartupBanner {

    private static final Logger log = LoggerFactory.getLogger(StartupBanner.class);

    private final Environment environment;

    StartupBanner(Environment environment) {
        this.environment = environment;
    }

    @EventListener
    void on(WebServerInitializedEvent event) {
        String url = "http://localhost:" + event.getWebServer().getPort();
        StringBuilder text = new StringBuilder("\n\n  Complaint platform is up at ").append(url).append('\n')
                .append("  OpenAPI: ").append(url).append("/v3/api-docs   health: ").append(url).append("/actuator/health\n")
                .append("  Demo complaint form: ").append(url).append("/public/demo/complaints/new\n");
        if (environment.getProperty("complaints.security.dev-token.enabled", Boolean.class, false)) {
            text.append("  Get a token (development issuer):\n")
                    .append("    curl -s -X POST ").append(url)
                    .append("/dev/token -d tenant=demo -d user=alice -d roles=AGENT,SUPERVISOR -d department=customer-service\n")
                    .append("  then: curl -H \"Authorization: Bearer <access_token>\" ").append(url).append("/api/v1/complaints\n");
        }
        log.info(text.toString());
    }
}
