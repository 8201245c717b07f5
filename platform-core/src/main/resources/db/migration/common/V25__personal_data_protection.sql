-- Personal data through its whole life (issue 18).
--
-- Each tenant's keys: DATA keys encrypt the consumer's contact fields (AES-256-GCM), the newest version encrypts and
-- every version still decrypts; the INDEX key makes the blind indexes (a keyed hash of the normalised phone and
-- e-mail). A key is stored wrapped by the platform key (complaints.secrets.key). A ciphertext names its key by id, so
-- the key is found without the tenant being known first; the tenant is still checked against it.
create table tenant_data_keys (
    id           bigint        primary key,
    tenant_id    varchar(40)   not null references tenants (id),
    purpose      varchar(10)   not null,
    version      int           not null,
    wrapped_key  varchar(200)  not null,
    created_at   timestamp(6) with time zone not null,
    retired_at   timestamp(6) with time zone,
    constraint tenant_data_keys_version_uk unique (tenant_id, purpose, version),
    constraint tenant_data_keys_purpose_ck check (purpose in ('DATA', 'INDEX'))
);

-- the contact fields now hold ciphertexts (pd1:<key id>:<base64 of nonce, ciphertext and tag>); clear values written
-- before this version stay readable until the re-encryption job has sealed them
alter table complaints alter column consumer_name set data type varchar(4000);
alter table complaints alter column consumer_phone set data type varchar(4000);
alter table complaints alter column consumer_email set data type varchar(4000);
alter table complaints alter column consumer_address set data type varchar(4000);

-- legal hold (set by the legal department, blocks anonymisation) and the moment the consumer's identity was removed
alter table complaints add column legal_hold_reason varchar(500);
alter table complaints add column legal_hold_by varchar(100);
alter table complaints add column legal_hold_at timestamp(6) with time zone;
alter table complaints add column anonymised_at timestamp(6) with time zone;
alter table complaints drop constraint complaints_contact_ck;
alter table complaints add constraint complaints_contact_ck
    check (consumer_phone is not null or consumer_email is not null or anonymised_at is not null);
create index complaints_retention_ix on complaints (tenant_id, closed_at);

-- the tenant's retention policy: anonymise the consumer's identity this many business days after a case closes
-- (null: never), and keep the personal-data access log this many days
create table retention_policies (
    id                            uuid         primary key,
    tenant_id                     varchar(40)  not null references tenants (id),
    timer_id                      uuid,
    anonymise_after_business_days int,
    access_log_days               int          not null,
    version                       bigint       not null,
    updated_by                    varchar(100) not null,
    updated_at                    timestamp(6) with time zone not null,
    last_run_at                   timestamp(6) with time zone,
    constraint retention_policies_days_ck check (
        (anonymise_after_business_days is null or anonymise_after_business_days between 1 and 10000)
        and access_log_days between 30 and 10000),
    constraint retention_policies_tenant_uk unique (tenant_id)
);

-- every reveal, export, download and erasure of a case's personal data: who, when, which case, why. Append-only; the
-- retention job removes entries older than the policy through purge_personal_data_access_log (PostgreSQL) only.
create table personal_data_access_log (
    id           uuid          primary key,
    tenant_id    varchar(40)   not null references tenants (id),
    actor        varchar(100)  not null,
    action       varchar(30)   not null,
    complaint_id uuid,
    case_number  varchar(40),
    reason       varchar(500),
    recorded_at  timestamp(6) with time zone not null
);
create index personal_data_access_log_recorded_ix on personal_data_access_log (tenant_id, recorded_at desc);
create index personal_data_access_log_case_ix on personal_data_access_log (tenant_id, complaint_id);
