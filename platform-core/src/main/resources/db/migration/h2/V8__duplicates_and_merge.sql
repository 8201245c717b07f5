-- Duplicate detection keys (normalised phone, e-mail, order reference) and merged cases.
alter table complaints add column phone_key varchar(32);
alter table complaints add column email_key varchar(254);
alter table complaints add column reference_key varchar(100);
alter table complaints add column merged_into uuid;
create index complaints_phone_key_ix on complaints (tenant_id, phone_key);
create index complaints_email_key_ix on complaints (tenant_id, email_key);
create index complaints_reference_key_ix on complaints (tenant_id, reference_key);
create index complaints_merged_into_ix on complaints (tenant_id, merged_into);
