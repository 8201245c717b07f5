-- Triage hints: the tenant's edited lexicons and whether agents followed the hints.
create table hint_lexicons (
    id          uuid          primary key,
    tenant_id   varchar(40)   not null references tenants (id),
    lexicons    varchar(200000) not null,
    updated_by  varchar(100)  not null,
    updated_at  timestamp(6) with time zone not null,
    version     bigint        not null,
    constraint hint_lexicons_tenant_uk unique (tenant_id)
);

create table hint_outcomes (
    id            uuid          primary key,
    tenant_id     varchar(40)   not null references tenants (id),
    complaint_id  uuid          not null,
    hint          varchar(20)   not null,
    suggested     boolean       not null,
    chosen        boolean       not null,
    decided_at    timestamp(6) with time zone not null,
    constraint hint_outcomes_complaint_fk foreign key (tenant_id, complaint_id) references complaints (tenant_id, id)
);
create index hint_outcomes_hint_ix on hint_outcomes (tenant_id, hint);

do $$
declare
    t text;
begin
    foreach t in array array['hint_lexicons', 'hint_outcomes']
    loop
        execute format('alter table %I enable row level security', t);
        execute format('alter table %I force row level security', t);
        execute format('create policy tenant_isolation on %I using (tenant_id = current_setting(''app.tenant_id'', true)) '
                       'with check (tenant_id = current_setting(''app.tenant_id'', true))', t);
    end loop;
end;
$$;
grant select, insert, update on hint_lexicons to ${app_role};
grant select, insert on hint_outcomes to ${app_role};
