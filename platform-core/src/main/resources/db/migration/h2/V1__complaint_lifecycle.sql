-- Foundation schema: tenants, departments, complaints and their records.
-- Every tenant-owned table carries tenant_id and has tenant-scoped unique keys.
-- H2 variant for the embedded default: same tables and keys; the row-level-security backstop is PostgreSQL-only.

create table tenants (
    id            varchar(40)  primary key ,
    display_name  varchar(200) not null,
    time_zone     varchar(64)  not null,
    locale        varchar(10)  not null check (locale in ('zh-CN', 'en')),
    status        varchar(16)  not null check (status in ('ACTIVE', 'SUSPENDED')),
    created_at    timestamp(6) with time zone not null,
    version       bigint       not null
);

create table departments (
    id            uuid         primary key,
    tenant_id     varchar(40)  not null references tenants (id),
    code          varchar(40)  not null,
    type          varchar(32)  not null,
    name_zh       varchar(100) not null,
    name_en       varchar(100) not null,
    head_user_id  varchar(100),
    created_at    timestamp(6) with time zone not null,
    version       bigint       not null,
    constraint departments_code_uk unique (tenant_id, code),
    constraint departments_tenant_id_uk unique (tenant_id, id)
);

create table department_members (
    id             uuid         primary key,
    tenant_id      varchar(40)  not null references tenants (id),
    department_id  uuid         not null,
    user_id        varchar(100) not null,
    added_at       timestamp(6) with time zone not null,
    constraint department_members_uk unique (tenant_id, department_id, user_id),
    constraint department_members_department_fk foreign key (tenant_id, department_id) references departments (tenant_id, id)
);
create index department_members_user_ix on department_members (tenant_id, user_id);

create table case_number_counters (
    id           uuid        primary key,
    tenant_id    varchar(40) not null references tenants (id),
    counter_day  date        not null,
    last_value   integer     not null,
    constraint case_number_counters_tenant_uk unique (tenant_id)
);

create table complaints (
    id                   uuid          primary key,
    tenant_id            varchar(40)   not null references tenants (id),
    case_number          varchar(64)   not null,
    version              bigint        not null,
    consumer_name        varchar(100)  not null,
    consumer_phone       varchar(32),
    consumer_email       varchar(254),
    consumer_address     varchar(500),
    region_code          varchar(12),
    region_name          varchar(100),
    subject_type         varchar(16)   not null,
    subject_name         varchar(200)  not null,
    subject_reference    varchar(100),
    description          varchar(5000) not null,
    expected_resolution  varchar(2000),
    channel              varchar(32)   not null,
    channel_message_id   varchar(200),
    received_at          timestamp(6) with time zone not null,
    occurred_at          timestamp(6) with time zone,
    access_code_hash     varchar(64)   not null,
    status               varchar(32)   not null,
    category             varchar(32),
    complexity           varchar(16),
    urgency              varchar(16),
    urgency_reason       varchar(500),
    department_id        uuid,
    assignee_user_id     varchar(100),
    resolution           varchar(5000),
    resolved_at          timestamp(6) with time zone,
    closed_at            timestamp(6) with time zone,
    closing_reason       varchar(2000),
    round                integer       not null,
    created_by           varchar(100)  not null,
    created_at           timestamp(6) with time zone not null,
    updated_at           timestamp(6) with time zone not null,
    constraint complaints_case_number_uk unique (tenant_id, case_number),
    constraint complaints_channel_message_uk unique (tenant_id, channel, channel_message_id),
    constraint complaints_tenant_id_uk unique (tenant_id, id),
    constraint complaints_contact_ck check (consumer_phone is not null or consumer_email is not null),
    constraint complaints_department_fk foreign key (tenant_id, department_id) references departments (tenant_id, id)
);
create index complaints_status_ix on complaints (tenant_id, status);
create index complaints_received_ix on complaints (tenant_id, received_at);
create index complaints_department_ix on complaints (tenant_id, department_id);
create index complaints_created_by_ix on complaints (tenant_id, created_by);

create table handovers (
    id                  uuid          primary key,
    tenant_id           varchar(40)   not null references tenants (id),
    complaint_id        uuid          not null,
    from_user_id        varchar(100)  not null,
    from_department_id  uuid,
    to_department_id    uuid          not null,
    to_user_id          varchar(100),
    note                varchar(2000),
    handed_over_at      timestamp(6) with time zone not null,
    acknowledged_by     varchar(100),
    acknowledged_at     timestamp(6) with time zone,
    superseded          boolean       not null,
    version             bigint        not null,
    constraint handovers_complaint_fk foreign key (tenant_id, complaint_id) references complaints (tenant_id, id),
    constraint handovers_to_department_fk foreign key (tenant_id, to_department_id) references departments (tenant_id, id)
);
create index handovers_complaint_ix on handovers (tenant_id, complaint_id);

create table solutions (
    id                uuid          primary key,
    tenant_id         varchar(40)   not null references tenants (id),
    complaint_id      uuid          not null,
    text              varchar(5000) not null,
    proposed_by       varchar(100)  not null,
    proposed_at       timestamp(6) with time zone not null,
    status            varchar(16)   not null,
    decided_by        varchar(110),
    decided_at        timestamp(6) with time zone,
    rejection_reason  varchar(2000),
    version           bigint        not null,
    constraint solutions_complaint_fk foreign key (tenant_id, complaint_id) references complaints (tenant_id, id)
);
create index solutions_complaint_ix on solutions (tenant_id, complaint_id);

create table progress_updates (
    id              uuid          primary key,
    tenant_id       varchar(40)   not null references tenants (id),
    complaint_id    uuid          not null,
    message         varchar(2000) not null,
    author_user_id  varchar(100)  not null,
    department_id   uuid,
    recorded_at     timestamp(6) with time zone not null,
    constraint progress_updates_complaint_fk foreign key (tenant_id, complaint_id) references complaints (tenant_id, id)
);
create index progress_updates_complaint_ix on progress_updates (tenant_id, complaint_id);

create table follow_ups (
    id              uuid          primary key,
    tenant_id       varchar(40)   not null references tenants (id),
    complaint_id    uuid          not null,
    outcome         varchar(16)   not null,
    satisfaction    integer       check (satisfaction between 1 and 5),
    problem_solved  boolean,
    comment         varchar(2000),
    round           integer       not null,
    recorded_by     varchar(100)  not null,
    recorded_at     timestamp(6) with time zone not null,
    constraint follow_ups_complaint_fk foreign key (tenant_id, complaint_id) references complaints (tenant_id, id)
);
create index follow_ups_complaint_ix on follow_ups (tenant_id, complaint_id);

create table timeline_events (
    id            uuid          primary key,
    seq           bigint        generated always as identity not null,
    tenant_id     varchar(40)   not null references tenants (id),
    complaint_id  uuid          not null,
    event_type    varchar(40)   not null,
    actor         varchar(110)  not null,
    occurred_at   timestamp(6) with time zone not null,
    summary       varchar(5000),
    changes       varchar(1000000) not null,
    reference_id  uuid,
    constraint timeline_events_complaint_fk foreign key (tenant_id, complaint_id) references complaints (tenant_id, id)
);
create index timeline_events_complaint_ix on timeline_events (tenant_id, complaint_id, seq);

create table idempotency_records (
    id               uuid          primary key,
    tenant_id        varchar(40)   not null references tenants (id),
    idempotency_key  varchar(200)  not null,
    request_hash     varchar(64)   not null,
    status_code      integer,
    response_body    varchar(1000000),
    etag             varchar(64),
    location         varchar(500),
    created_at       timestamp(6) with time zone not null,
    constraint idempotency_records_key_uk unique (tenant_id, idempotency_key)
);
create index idempotency_records_created_ix on idempotency_records (tenant_id, created_at);
