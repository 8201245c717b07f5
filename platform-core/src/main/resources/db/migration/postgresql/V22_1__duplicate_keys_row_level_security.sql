-- What PostgreSQL adds to the vendor-neutral V22 (common/): row-level security and the application role's grants.
select enable_tenant_isolation('duplicate_keys');
grant select, insert, delete on duplicate_keys to ${app_role};
