-- What PostgreSQL adds to the vendor-neutral V22 (common/): row-level security and the application role's grants.
select enable_tenant_isolation('case_text_bands');
grant select, insert, delete on case_text_bands to ${app_role};
