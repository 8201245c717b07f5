-- Whether channel intake is routed automatically, per tenant.
create table routing_settings (
    id                 uuid         primary key,
    tenant_id          varchar(40)  not null references tenants (id),
    auto_route_intake  boolean      not null,
    version            bigint       not null,
    constraint routing_settings_tenant_uk unique (tenant_id)
);

alter table routing_settings enable row level security;
alter table routing_settings force row level security;
create policy tenant_isolation on routing_settings using (tenant_id = current_setting('app.tenant_id', true))
    with check (tenant_id = current_setting('app.tenant_id', true));
grant select, insert, update on routing_settings to ${app_role};
