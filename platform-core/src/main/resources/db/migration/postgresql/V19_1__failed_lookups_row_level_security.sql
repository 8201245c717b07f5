-- What PostgreSQL adds to the vendor-neutral V19 (common/): row-level security and the application role's grants.
select enable_tenant_isolation('failed_lookups');
grant select, insert, update, delete on failed_lookups to ${app_role};
