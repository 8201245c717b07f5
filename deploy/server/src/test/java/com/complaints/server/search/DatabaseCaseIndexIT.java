package com.complaints.server.search;

import com.complaints.server.support.EmbeddedServerIntegrationTest;

/** The case index contract on the database adapter (the embedded default, H2). */
class DatabaseCaseIndexIT extends EmbeddedServerIntegrationTest implements CaseIndexContract {

    @Override
    public String adapter() {
        return "database";
    }

    @Override
    public void awaitIndexed(String tenant, int cases) {
        // the database adapter reads the cases themselves: nothing to wait for
    }
}
