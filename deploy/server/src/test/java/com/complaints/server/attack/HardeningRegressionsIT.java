package com.complaints.server.attack;

import com.complaints.server.support.ServerIntegrationTest;

/** The hardening findings on PostgreSQL as the application role. */
class HardeningRegressionsIT extends ServerIntegrationTest implements HardeningRegressionsContract {
}
