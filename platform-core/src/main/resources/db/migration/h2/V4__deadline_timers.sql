-- Deadline timers: the source of truth behind the shared index (Redis or in-process).
create table deadline_timers (
    id            uuid          primary key,
    tenant_id     varchar(40)   not null references tenants (id),
    purpose       varchar(40)   not null,
    kind          varchar(40)   not null,
    subject_id    uuid          not null,
    complaint_id  uuid,
    due_at        timestamp(6) with time zone not null,
    version       bigint        not null,
    active        boolean       not null,
    fired_at      timestamp(6) with time zone,
    created_at    timestamp(6) with time zone not null
);
create index deadline_timers_subject_ix on deadline_timers (tenant_id, subject_id);
create index deadline_timers_pending_ix on deadline_timers (tenant_id, due_at);
