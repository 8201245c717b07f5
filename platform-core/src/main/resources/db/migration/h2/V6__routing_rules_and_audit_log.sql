-- Routing rules (versioned, the whole ordered list per version) and the tenant admins' audit log.
create table routing_rule_sets (
    id           uuid          primary key,
    tenant_id    varchar(40)   not null references tenants (id),
    set_version  integer       not null,
    rules        varchar(1000000) not null,
    created_by   varchar(100)  not null,
    created_at   timestamp(6) with time zone not null,
    constraint routing_rule_sets_version_uk unique (tenant_id, set_version)
);

create table admin_audit_log (
    id           uuid          primary key,
    tenant_id    varchar(40)   not null references tenants (id),
    actor        varchar(100)  not null,
    action       varchar(60)   not null,
    subject      varchar(200),
    details      varchar(1000000) not null,
    recorded_at  timestamp(6) with time zone not null
);
create index admin_audit_log_recorded_ix on admin_audit_log (tenant_id, recorded_at);
