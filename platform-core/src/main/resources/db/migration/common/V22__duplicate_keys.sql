-- The duplicate check's index: per case its keys — 64-bit hashes of its normalised phone, e-mail and order reference,
-- and its text's MinHash band values (TextFingerprint, 16 per text) — so that the cases of the same consumer or order
-- and those with near-identical text are found by lookups of the new case's keys within the window: one index, the
-- same plan on every database whatever its statistics, bounded per key. Written with the case at intake (the text and
-- the contact do not change afterwards); cases received before this migration are filled in by the Java migration 22.2.
create table duplicate_keys (
    tenant_id    varchar(40) not null,
    key_hash     bigint not null,
    received_at  timestamp(6) with time zone not null,
    complaint_id uuid not null,
    constraint duplicate_keys_pk primary key (tenant_id, key_hash, received_at, complaint_id)
);
