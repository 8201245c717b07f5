/**
 * The one reviewed place for native SQL. Hibernate's {@code @TenantId} filter does not apply to native
 * queries, so native SQL lives here only, and every statement here is reviewed for its tenant predicate.
 * PostgreSQL's row-level security is the backstop for anything that slips through.
 */
package com.complaints.core.persistence;
