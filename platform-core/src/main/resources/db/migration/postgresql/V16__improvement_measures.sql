-- Improvement measures (改进措施): actions against the causes of complaints, with owner, due date and linked cases.
create table improvement_measures (
    id                  uuid           primary key,
    tenant_id           varchar(40)    not null references tenants (id),
    title               varchar(200)   not null,
    finding_type        varchar(20)    not null,
    finding             varchar(2000)  not null,
    cause_analysis      varchar(5000),
    action              varchar(5000)  not null,
    owner_department_id uuid,
    owner_user_id       varchar(100),
    due_date            date           not null,
    status              varchar(12)    not null,
    overdue_notified_at timestamp(6) with time zone,
    timer_id            uuid,
    created_by          varchar(100)   not null,
    created_at          timestamp(6) with time zone not null,
    done_at             timestamp(6) with time zone,
    verified_at         timestamp(6) with time zone,
    version             bigint         not null
);
create index improvement_measures_status_ix on improvement_measures (tenant_id, status, due_date);

create table measure_cases (
    id            uuid         primary key,
    tenant_id     varchar(40)  not null references tenants (id),
    measure_id    uuid         not null references improvement_measures (id),
    complaint_id  uuid         not null references complaints (id),
    constraint measure_cases_uk unique (measure_id, complaint_id)
);

do $$
declare
    t text;
begin
    foreach t in array array['improvement_measures', 'measure_cases']
    loop
        execute format('alter table %I enable row level security', t);
        execute format('alter table %I force row level security', t);
        execute format('create policy tenant_isolation on %I using (tenant_id = current_setting(''app.tenant_id'', true)) '
                       'with check (tenant_id = current_setting(''app.tenant_id'', true))', t);
    end loop;
end;
$$;
grant select, insert, update on improvement_measures to ${app_role};
grant select, insert, delete on measure_cases to ${app_role};
