package com.complaints.server.attack;

import com.complaints.server.support.EmbeddedServerIntegrationTest;

/** The attack sweeps on the embedded default (H2, in-process timers). */
class EmbeddedAttackSweepIT extends EmbeddedServerIntegrationTest implements AttackSweepContract {
}
