-- Attachment metadata; the content lives in the attachment storage (file system by default).
create table attachments (
    id            uuid          primary key,
    tenant_id     varchar(40)   not null references tenants (id),
    complaint_id  uuid          not null,
    file_name     varchar(200)  not null,
    content_type  varchar(100)  not null,
    size_bytes    bigint        not null check (size_bytes > 0),
    sha256        varchar(64)   not null,
    storage_key   varchar(200)  not null,
    uploaded_by   varchar(100)  not null,
    uploaded_at   timestamp(6) with time zone not null,
    constraint attachments_storage_key_uk unique (tenant_id, storage_key),
    constraint attachments_complaint_fk foreign key (tenant_id, complaint_id) references complaints (tenant_id, id)
);
create index attachments_complaint_ix on attachments (tenant_id, complaint_id);

alter table attachments enable row level security;
alter table attachments force row level security;
create policy tenant_isolation on attachments using (tenant_id = current_setting('app.tenant_id', true))
    with check (tenant_id = current_setting('app.tenant_id', true));
-- metadata of an attachment is written once
grant select, insert on attachments to ${app_role};
