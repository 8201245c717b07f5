-- What PostgreSQL adds to the vendor-neutral V23 (common/): row-level security and the application role's grants.
select enable_tenant_isolation('saved_views');
grant select, insert, update, delete on saved_views to ${app_role};
