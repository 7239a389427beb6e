-- The event publication registry of Spring Modulith (JDBC, schema version 2, as in its schema-h2.sql and
-- schema-postgresql.sql): every event a listener in another module handles after the commit is written here in
-- the same transaction as the change that caused it, and stays until that listener has finished. Unfinished and
-- failed publications are handed to their listener again (a retry job, and at start-up); finished ones are deleted.
-- Written once for H2 and PostgreSQL, so Modulith's own schema initialisation stays off. The serialized event
-- (JSON) has no length limit; listener_id is indexed on its own because PostgreSQL cannot index the long text.
create table event_publication (
    id                      uuid          not null primary key,
    listener_id             varchar(512)  not null,
    event_type              varchar(512)  not null,
    serialized_event        varchar       not null,
    publication_date        timestamp with time zone not null,
    completion_date         timestamp with time zone,
    status                  varchar(20),
    completion_attempts     integer,
    last_resubmission_date  timestamp with time zone
);

create index ix_event_publication_listener on event_publication (listener_id);
create index ix_event_publication_completion on event_publication (completion_date);
