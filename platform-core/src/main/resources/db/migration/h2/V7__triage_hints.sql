-- Triage hints: the tenant's edited lexicons and whether agents followed the hints.
create table hint_lexicons (
    id          uuid          primary key,
    tenant_id   varchar(40)   not null references tenants (id),
    lexicons    varchar(200000) not null,
    updated_by  varchar(100)  not null,
    updated_at  timestamp(6) with time zone not null,
    version     bigint        not null,
    constraint hint_lexicons_tenant_uk unique (tenant_id)
);

create table hint_outcomes (
    id            uuid          primary key,
    tenant_id     varchar(40)   not null references tenants (id),
    complaint_id  uuid          not null,
    hint          varchar(20)   not null,
    suggested     boolean       not null,
    chosen        boolean       not null,
    decided_at    timestamp(6) with time zone not null,
    constraint hint_outcomes_complaint_fk foreign key (tenant_id, complaint_id) references complaints (tenant_id, id)
);
create index hint_outcomes_hint_ix on hint_outcomes (tenant_id, hint);
