-- Follow-up surveys: a single-use, expiring link per resolution round (only the token's hash is kept), and the
-- tenant's follow-up settings.
create table follow_up_surveys (
    id              uuid           primary key,
    tenant_id       varchar(40)    not null references tenants (id),
    complaint_id    uuid           not null references complaints (id),
    round           integer        not null,
    token_hash      varchar(64)    not null,
    created_at      timestamp(6) with time zone not null,
    expires_at      timestamp(6) with time zone not null,
    answered_at     timestamp(6) with time zone,
    version         bigint         not null,
    constraint follow_up_surveys_token_uk unique (tenant_id, token_hash)
);
create index follow_up_surveys_complaint_ix on follow_up_surveys (tenant_id, complaint_id);

create table follow_up_settings (
    id                      uuid         primary key,
    tenant_id               varchar(40)  not null references tenants (id),
    dissatisfied_at_most    integer      not null,
    survey_validity_days    integer      not null,
    max_unreachable         integer      not null,
    version                 bigint       not null,
    constraint follow_up_settings_tenant_uk unique (tenant_id)
);

do $$
declare
    t text;
begin
    foreach t in array array['follow_up_surveys', 'follow_up_settings']
    loop
        execute format('alter table %I enable row level security', t);
        execute format('alter table %I force row level security', t);
        execute format('create policy tenant_isolation on %I using (tenant_id = current_setting(''app.tenant_id'', true)) '
                       'with check (tenant_id = current_setting(''app.tenant_id'', true))', t);
    end loop;
end;
$$;
grant select, insert, update on follow_up_surveys, follow_up_settings to ${app_role};
