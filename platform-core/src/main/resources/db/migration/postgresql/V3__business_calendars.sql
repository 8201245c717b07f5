-- Business calendars: the tenant's (scope_key 'tenant') and per-department overrides (scope_key = department id).
-- Weekly hours and special days (holidays, make-up working days) are JSON documents validated by the application.
create table business_calendars (
    id             uuid          primary key,
    tenant_id      varchar(40)   not null references tenants (id),
    scope_key      varchar(40)   not null,
    department_id  uuid,
    name           varchar(100)  not null,
    time_zone      varchar(64)   not null,
    weekly_hours   text          not null,
    special_days   text          not null,
    updated_at     timestamp(6) with time zone not null,
    version        bigint        not null,
    constraint business_calendars_scope_uk unique (tenant_id, scope_key),
    constraint business_calendars_department_fk foreign key (tenant_id, department_id) references departments (tenant_id, id)
);

alter table business_calendars enable row level security;
alter table business_calendars force row level security;
create policy tenant_isolation on business_calendars using (tenant_id = current_setting('app.tenant_id', true))
    with check (tenant_id = current_setting('app.tenant_id', true));
grant select, insert, update, delete on business_calendars to ${app_role};
