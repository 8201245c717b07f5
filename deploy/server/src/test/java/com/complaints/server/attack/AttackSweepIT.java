package com.complaints.server.attack;

import com.complaints.server.support.ServerIntegrationTest;

/** The attack sweeps on PostgreSQL as the application role, with Redis timers. */
class AttackSweepIT extends ServerIntegrationTest implements AttackSweepContract {
}
