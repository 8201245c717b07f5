package com.complaints.server.attack;

import com.complaints.server.support.EmbeddedServerIntegrationTest;

/** The hardening findings on the embedded default (H2). */
class EmbeddedHardeningRegressionsIT extends EmbeddedServerIntegrationTest implements HardeningRegressionsContract {
}
