-- A tenant's search vocabulary: its own words for the Chinese segmenter and its synonym groups (JSON), present only
-- once an admin edited them (absent: the platform's defaults). `version` is the revision the index and queries use.
create table search_vocabularies (
    id          uuid          primary key,
    tenant_id   varchar(40)   not null references tenants (id),
    vocabulary  varchar(200000) not null,
    updated_by  varchar(100)  not null,
    updated_at  timestamp(6) with time zone not null,
    version     bigint        not null,
    constraint search_vocabularies_tenant_uk unique (tenant_id)
);
