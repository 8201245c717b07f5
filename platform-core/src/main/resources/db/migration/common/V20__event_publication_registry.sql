-- Spring Modulith's event publication registry (its JDBC schema v2): one row per event and after-commit listener,
-- written in the publishing transaction, removed when the listener completed. Rows left behind (a crash, a failed
-- listener) are resubmitted. Not tenant-owned: the serialized event names its tenant.
create table event_publication (
    id                      uuid          primary key,
    listener_id             varchar(512)  not null,
    event_type              varchar(512)  not null,
    serialized_event        varchar(1000000) not null,
    publication_date        timestamp(6) with time zone not null,
    completion_date         timestamp(6) with time zone,
    status                  varchar(20),
    completion_attempts     integer,
    last_resubmission_date  timestamp(6) with time zone
);
create index event_publication_by_completion_date_ix on event_publication (completion_date);
create index event_publication_by_status_ix on event_publication (status, publication_date);
