-- Generated evaluation reports (kept for download) and who receives them when a month or quarter closes.
create table evaluation_reports (
    id            uuid           primary key,
    tenant_id     varchar(40)    not null references tenants (id),
    period        varchar(20)    not null,
    from_day      date           not null,
    to_day        date           not null,
    snapshot      varchar(1000000) not null,
    generated_at  timestamp(6) with time zone not null,
    constraint evaluation_reports_period_uk unique (tenant_id, period)
);

create table report_subscribers (
    id          uuid           primary key,
    tenant_id   varchar(40)    not null references tenants (id),
    emails      varchar(4000)  not null,
    timer_id    uuid,
    version     bigint         not null,
    constraint report_subscribers_tenant_uk unique (tenant_id)
);
