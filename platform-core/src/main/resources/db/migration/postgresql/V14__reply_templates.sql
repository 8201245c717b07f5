-- Reply templates: per-tenant canned replies for progress messages, solutions and follow-ups, per language.
create table reply_templates (
    id           uuid           primary key,
    tenant_id    varchar(40)    not null references tenants (id),
    template_key varchar(40)    not null,
    purpose      varchar(20)    not null,
    category     varchar(30),
    locale       varchar(10)    not null,
    title        varchar(100)   not null,
    body         varchar(2000)  not null,
    updated_by   varchar(100)   not null,
    updated_at   timestamp(6) with time zone not null,
    version      bigint         not null,
    constraint reply_templates_uk unique (tenant_id, template_key, locale)
);

alter table reply_templates enable row level security;
alter table reply_templates force row level security;
create policy tenant_isolation on reply_templates using (tenant_id = current_setting('app.tenant_id', true))
    with check (tenant_id = current_setting('app.tenant_id', true));
grant select, insert, update, delete on reply_templates to ${app_role};
