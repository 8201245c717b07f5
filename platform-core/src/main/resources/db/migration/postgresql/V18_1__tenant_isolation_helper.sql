-- One definition of a tenant-owned table's row-level security (the backstop behind Hibernate's tenant filter),
-- instead of the block pasted into each migration: enable and force row-level security and add the
-- tenant_isolation policy. New PostgreSQL-only migrations call it: select enable_tenant_isolation('my_table');
create or replace function enable_tenant_isolation(t text) returns void language plpgsql as $$
begin
    execute format('alter table %I enable row level security', t);
    execute format('alter table %I force row level security', t);
    execute format('create policy tenant_isolation on %I using (tenant_id = current_setting(''app.tenant_id'', true)) '
                   'with check (tenant_id = current_setting(''app.tenant_id'', true))', t);
end;
$$;
