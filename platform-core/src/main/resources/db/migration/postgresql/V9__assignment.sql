-- Assignment within departments: the mode and round-robin cursor per department, availability and capacity per agent.
alter table departments add column assignment_mode varchar(16) default 'MANUAL' not null;
alter table departments add column round_robin_cursor integer default 0 not null;

create table agent_profiles (
    id              uuid         primary key,
    tenant_id       varchar(40)  not null references tenants (id),
    user_id         varchar(100) not null,
    availability    varchar(16)  not null,
    on_leave_until  date,
    capacity        integer      not null,
    version         bigint       not null,
    constraint agent_profiles_user_uk unique (tenant_id, user_id)
);
create index complaints_assignee_ix on complaints (tenant_id, assignee_user_id, status);

alter table agent_profiles enable row level security;
alter table agent_profiles force row level security;
create policy tenant_isolation on agent_profiles using (tenant_id = current_setting('app.tenant_id', true))
    with check (tenant_id = current_setting('app.tenant_id', true));
grant select, insert, update on agent_profiles to ${app_role};
