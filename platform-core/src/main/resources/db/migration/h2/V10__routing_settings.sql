-- Whether channel intake is routed automatically, per tenant.
create table routing_settings (
    id                 uuid         primary key,
    tenant_id          varchar(40)  not null references tenants (id),
    auto_route_intake  boolean      not null,
    version            bigint       not null,
    constraint routing_settings_tenant_uk unique (tenant_id)
);
