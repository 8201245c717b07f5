-- What PostgreSQL adds to the vendor-neutral V24 (common/): row-level security and the application role's grants.
select enable_tenant_isolation('search_vocabularies');
grant select, insert, update on search_vocabularies to ${app_role};
