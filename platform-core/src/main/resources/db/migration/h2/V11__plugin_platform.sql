-- Plugin platform: per-tenant channel and notifier instances, notification deliveries and templates, consumer
-- messages on existing cases, telephone calls, and where a walk-in complaint was taken.
create table plugin_instances (
    id             uuid           primary key,
    tenant_id      varchar(40)    not null references tenants (id),
    kind           varchar(10)    not null,
    instance_key   varchar(40)    not null,
    type           varchar(32)    not null,
    enabled        boolean        not null,
    settings       varchar(20000) not null,
    secrets        varchar(20000),
    events         varchar(2000),
    cursor_value   varchar(2000),
    version        bigint         not null,
    created_at     timestamp(6) with time zone not null,
    updated_at     timestamp(6) with time zone not null,
    constraint plugin_instances_key_uk unique (tenant_id, kind, instance_key)
);

alter table notification_outbox add column audience varchar(20);
alter table notification_outbox add column case_number varchar(40);
alter table notification_outbox add column secret_variables varchar(4000);

create table notification_deliveries (
    id                  uuid           primary key,
    tenant_id           varchar(40)    not null references tenants (id),
    outbox_id           uuid           not null references notification_outbox (id),
    complaint_id        uuid,
    event               varchar(40)    not null,
    instance_key        varchar(40)    not null,
    recipient_kind      varchar(10)    not null,
    recipient_label     varchar(120)   not null,
    recipient_address   varchar(1000),
    locale              varchar(10)    not null,
    status              varchar(12)    not null,
    attempts            integer        not null,
    next_attempt_at     timestamp(6) with time zone,
    last_error          varchar(1000),
    provider_reference  varchar(200),
    timer_id            uuid,
    created_at          timestamp(6) with time zone not null,
    finished_at         timestamp(6) with time zone,
    version             bigint         not null
);
create index notification_deliveries_status_ix on notification_deliveries (tenant_id, status, created_at);
create index notification_deliveries_complaint_ix on notification_deliveries (tenant_id, complaint_id);

create table notification_templates (
    id          uuid           primary key,
    tenant_id   varchar(40)    not null references tenants (id),
    event       varchar(40)    not null,
    locale      varchar(10)    not null,
    subject     varchar(300)   not null,
    body        varchar(5000)  not null,
    updated_by  varchar(100)   not null,
    updated_at  timestamp(6) with time zone not null,
    version     bigint         not null,
    constraint notification_templates_uk unique (tenant_id, event, locale)
);

create table case_messages (
    id                  uuid           primary key,
    tenant_id           varchar(40)    not null references tenants (id),
    complaint_id        uuid           not null references complaints (id),
    channel             varchar(32)    not null,
    channel_message_id  varchar(300)   not null,
    subject             varchar(300),
    body                varchar(20000) not null,
    received_at         timestamp(6) with time zone not null,
    constraint case_messages_message_uk unique (tenant_id, channel, channel_message_id)
);
create index case_messages_complaint_ix on case_messages (tenant_id, complaint_id);

create table calls (
    id               uuid           primary key,
    tenant_id        varchar(40)    not null references tenants (id),
    channel_instance varchar(40)    not null,
    call_id          varchar(200)   not null,
    caller_number    varchar(40),
    agent_id         varchar(100),
    ringing_at       timestamp(6) with time zone,
    answered_at      timestamp(6) with time zone,
    ended_at         timestamp(6) with time zone,
    ring_count       integer,
    recording_ref    varchar(500),
    complaint_id     uuid           references complaints (id),
    first_event_at   timestamp(6) with time zone not null,
    last_event_ids   varchar(2000)  not null,
    version          bigint         not null,
    constraint calls_call_uk unique (tenant_id, call_id)
);
create index calls_period_ix on calls (tenant_id, first_event_at);

alter table complaints add column intake_location varchar(200);
