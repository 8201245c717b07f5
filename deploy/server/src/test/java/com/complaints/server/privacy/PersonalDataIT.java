package com.complaints.server.privacy;

import com.complaints.server.support.ServerIntegrationTest;

/** The personal-data contract on PostgreSQL, as the application role under row-level security. */
class PersonalDataIT extends ServerIntegrationTest implements PersonalDataContract {
}
