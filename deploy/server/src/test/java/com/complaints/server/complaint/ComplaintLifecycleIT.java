package com.complaints.server.complaint;

import com.complaints.server.support.ServerIntegrationTest;

/** The lifecycle contract on real PostgreSQL, as the application role under row-level security. */
class ComplaintLifecycleIT extends ServerIntegrationTest implements ComplaintLifecycleContract {
}
