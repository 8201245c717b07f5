-- Business calendars: the tenant's (scope_key 'tenant') and per-department overrides (scope_key = department id).
-- Weekly hours and special days (holidays, make-up working days) are JSON documents validated by the application.
create table business_calendars (
    id             uuid          primary key,
    tenant_id      varchar(40)   not null references tenants (id),
    scope_key      varchar(40)   not null,
    department_id  uuid,
    name           varchar(100)  not null,
    time_zone      varchar(64)   not null,
    weekly_hours   varchar(1000000) not null,
    special_days   varchar(1000000) not null,
    updated_at     timestamp(6) with time zone not null,
    version        bigint        not null,
    constraint business_calendars_scope_uk unique (tenant_id, scope_key),
    constraint business_calendars_department_fk foreign key (tenant_id, department_id) references departments (tenant_id, id)
);
