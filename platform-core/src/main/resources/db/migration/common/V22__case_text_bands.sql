-- The duplicate check's index of complaint texts: each case's MinHash band values (TextFingerprint, 16 per text),
-- so that cases with near-identical text are found by an indexed lookup of the new text's bands within the window
-- instead of by reading and comparing the tenant's most recent cases. Written with the case at intake (the text does
-- not change afterwards); cases received before this migration are filled in by the Java migration 22.2.
create table case_text_bands (
    tenant_id    varchar(40) not null,
    band         bigint not null,
    received_at  timestamp(6) with time zone not null,
    complaint_id uuid not null,
    constraint case_text_bands_pk primary key (tenant_id, band, received_at, complaint_id)
);
