-- Search sync: every case change counts up the case's change version (the index document version) and, when an
-- Elasticsearch index is configured, queues the case in the search outbox in the same transaction.
alter table complaints add column change_version bigint default 0 not null;
alter table complaints add column changed_at timestamp(6) with time zone;

create table search_outbox (
    id            bigint generated always as identity primary key,
    tenant_id     varchar(40)  not null references tenants (id),
    complaint_id  uuid         not null,
    created_at    timestamp(6) with time zone not null
);
create index complaints_changed_ix on complaints (tenant_id, changed_at);

-- The outbox holds ids only. The relay reads across tenants with the transaction-local setting app.search_relay
-- (set by the relay's own query in com.complaints.core.persistence, nowhere else); everything else sees its tenant.
alter table search_outbox enable row level security;
alter table search_outbox force row level security;
create policy tenant_isolation on search_outbox
    using (tenant_id = current_setting('app.tenant_id', true) or current_setting('app.search_relay', true) = 'on')
    with check (tenant_id = current_setting('app.tenant_id', true));
-- select ... for update needs the update privilege
grant select, insert, update, delete on search_outbox to ${app_role};
