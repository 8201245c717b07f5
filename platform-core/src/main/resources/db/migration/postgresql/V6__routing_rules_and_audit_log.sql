-- Routing rules (versioned, the whole ordered list per version) and the tenant admins' audit log.
create table routing_rule_sets (
    id           uuid          primary key,
    tenant_id    varchar(40)   not null references tenants (id),
    set_version  integer       not null,
    rules        text          not null,
    created_by   varchar(100)  not null,
    created_at   timestamp(6) with time zone not null,
    constraint routing_rule_sets_version_uk unique (tenant_id, set_version)
);

create table admin_audit_log (
    id           uuid          primary key,
    tenant_id    varchar(40)   not null references tenants (id),
    actor        varchar(100)  not null,
    action       varchar(60)   not null,
    subject      varchar(200),
    details      text          not null,
    recorded_at  timestamp(6) with time zone not null
);
create index admin_audit_log_recorded_ix on admin_audit_log (tenant_id, recorded_at desc);

do $$
declare
    t text;
begin
    foreach t in array array['routing_rule_sets', 'admin_audit_log']
    loop
        execute format('alter table %I enable row level security', t);
        execute format('alter table %I force row level security', t);
        execute format('create policy tenant_isolation on %I using (tenant_id = current_setting(''app.tenant_id'', true)) '
                       'with check (tenant_id = current_setting(''app.tenant_id'', true))', t);
    end loop;
end;
$$;
-- both are append-only
grant select, insert on routing_rule_sets, admin_audit_log to ${app_role};
