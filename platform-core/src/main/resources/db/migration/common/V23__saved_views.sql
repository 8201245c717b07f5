-- The agent workspace's saved views: a filter and sort of the case list kept under a name, personal or shared with
-- the tenant by a supervisor. `query` is the list's query string (queue, status, category, channel, department, sort).
create table saved_views (
    id             uuid          primary key,
    tenant_id      varchar(40)   not null references tenants (id),
    owner_user_id  varchar(100)  not null,
    name           varchar(80)   not null,
    query          varchar(1000) not null,
    shared         boolean       not null,
    version        bigint        not null,
    created_at     timestamp(6) with time zone not null,
    updated_at     timestamp(6) with time zone not null
);
create index saved_views_owner_ix on saved_views (tenant_id, owner_user_id);
create index saved_views_shared_ix on saved_views (tenant_id, shared);
