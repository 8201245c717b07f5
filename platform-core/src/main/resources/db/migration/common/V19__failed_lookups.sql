-- Failed guesses of the public pages' secrets (access codes, survey tokens) per client and per case, shared by all
-- nodes: past the limit a lookup answers 429 until the window has passed.
create table failed_lookups (
    id            uuid          primary key,
    tenant_id     varchar(40)   not null references tenants (id),
    bucket        varchar(120)  not null,
    window_start  timestamp(6) with time zone not null,
    failures      integer       not null,
    constraint failed_lookups_bucket_uk unique (tenant_id, bucket)
);
create index failed_lookups_window_ix on failed_lookups (tenant_id, window_start);
