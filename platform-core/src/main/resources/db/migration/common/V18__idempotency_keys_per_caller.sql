-- An Idempotency-Key belongs to the caller who sent it (staff:<user> or anonymous): another caller's same key is a
-- new request, never a replay of someone else's answer. Records made before this have no caller and match nobody.
alter table idempotency_records add column caller varchar(240) not null default '';
alter table idempotency_records drop constraint idempotency_records_key_uk;
alter table idempotency_records add constraint idempotency_records_key_uk unique (tenant_id, caller, idempotency_key);
