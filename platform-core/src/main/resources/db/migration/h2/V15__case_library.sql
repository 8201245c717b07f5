-- The case library: anonymised copies of typical closed cases with lessons learned, for training.
create table library_cases (
    id            uuid           primary key,
    tenant_id     varchar(40)    not null references tenants (id),
    complaint_id  uuid           not null references complaints (id),
    kind          varchar(10)    not null,
    title         varchar(200)   not null,
    lessons       varchar(5000)  not null,
    tags          varchar(500)   not null,
    category      varchar(30),
    channel       varchar(32)    not null,
    product       varchar(200)   not null,
    region        varchar(100),
    body          varchar(20000) not null,
    marked_by     varchar(100)   not null,
    marked_at     timestamp(6) with time zone not null,
    version       bigint         not null,
    constraint library_cases_complaint_uk unique (tenant_id, complaint_id)
);
