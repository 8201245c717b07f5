-- SLA: versioned policies, per-case clocks, waiting (paused) cases, and the staff notification outbox.
alter table complaints add column waiting_kind varchar(32);
alter table complaints add column waiting_reason varchar(2000);
alter table complaints add column waiting_since timestamp(6) with time zone;

create table sla_policies (
    id              uuid          primary key,
    tenant_id       varchar(40)   not null references tenants (id),
    policy_version  integer       not null,
    targets         varchar(10000) not null,
    created_by      varchar(100)  not null,
    created_at      timestamp(6) with time zone not null,
    constraint sla_policies_version_uk unique (tenant_id, policy_version)
);

create table sla_clocks (
    id                         uuid         primary key,
    tenant_id                  varchar(40)  not null references tenants (id),
    complaint_id               uuid         not null,
    metric                     varchar(32)  not null,
    policy_version             integer      not null,
    round                      integer      not null,
    business_time              boolean      not null,
    urgent                     boolean      not null,
    reference_id               uuid,
    state                      varchar(16)  not null,
    started_at                 timestamp(6) with time zone not null,
    due_at                     timestamp(6) with time zone not null,
    warn_at                    timestamp(6) with time zone not null,
    second_level_at            timestamp(6) with time zone not null,
    warned_at                  timestamp(6) with time zone,
    met_at                     timestamp(6) with time zone,
    breached_at                timestamp(6) with time zone,
    escalated_at               timestamp(6) with time zone,
    paused_at                  timestamp(6) with time zone,
    paused_seconds             bigint       not null,
    remaining_seconds          bigint,
    remaining_to_warn_seconds  bigint,
    warning_timer_id           uuid,
    breach_timer_id            uuid,
    second_level_timer_id      uuid,
    version                    bigint       not null,
    constraint sla_clocks_complaint_fk foreign key (tenant_id, complaint_id) references complaints (tenant_id, id)
);
create index sla_clocks_complaint_ix on sla_clocks (tenant_id, complaint_id);
create index sla_clocks_state_due_ix on sla_clocks (tenant_id, state, due_at);

create table notification_outbox (
    id            uuid           primary key,
    tenant_id     varchar(40)    not null references tenants (id),
    event         varchar(40)    not null,
    complaint_id  uuid,
    recipient     varchar(20)    not null,
    recipient_id  varchar(100),
    variables     varchar(10000) not null,
    created_at    timestamp(6) with time zone not null,
    delivered_at  timestamp(6) with time zone
);
create index notification_outbox_pending_ix on notification_outbox (tenant_id, delivered_at, created_at);

do $$
declare
    t text;
begin
    foreach t in array array['sla_policies', 'sla_clocks', 'notification_outbox']
    loop
        execute format('alter table %I enable row level security', t);
        execute format('alter table %I force row level security', t);
        execute format('create policy tenant_isolation on %I using (tenant_id = current_setting(''app.tenant_id'', true)) '
                       'with check (tenant_id = current_setting(''app.tenant_id'', true))', t);
    end loop;
end;
$$;
grant select, insert on sla_policies to ${app_role};
grant select, insert, update on sla_clocks, notification_outbox to ${app_role};
