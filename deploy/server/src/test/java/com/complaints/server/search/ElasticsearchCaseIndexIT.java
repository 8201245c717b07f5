package com.complaints.server.search;

import java.time.Duration;

import com.complaints.server.support.ElasticsearchServerIntegrationTest;
import com.complaints.server.support.Eventually;

/** The case index contract on Elasticsearch (a real node), fed through the outbox relay. */
class ElasticsearchCaseIndexIT extends ElasticsearchServerIntegrationTest implements CaseIndexContract {

    @Override
    public String adapter() {
        return "elasticsearch";
    }

    @Override
    public void awaitIndexed(String tenant, int cases) {
        String sup = api.token(tenant, "sup", "SUPERVISOR", null);
        Eventually.until(Duration.ofSeconds(60), () -> {
            var r = api.get("/api/v1/search/complaints?size=1", sup);
            return r.status() == 200 && r.body().get("total").asLong() == cases;
        }, Boolean::booleanValue, cases + " cases of " + tenant + " in the index");
    }
}
