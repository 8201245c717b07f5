-- What PostgreSQL adds to the vendor-neutral V20 (common/): the application role's grants. No row-level security:
-- the registry is the platform's, not a tenant's (the resubmission runs without a tenant).
grant select, insert, update, delete on event_publication to ${app_role};
