package com.complaints.server.privacy;

import com.complaints.server.support.EmbeddedServerIntegrationTest;

/** The personal-data contract on the embedded default (H2). */
class EmbeddedPersonalDataIT extends EmbeddedServerIntegrationTest implements PersonalDataContract {
}
