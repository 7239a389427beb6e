-- IT staff mark feedback read and answer it (the service review). One row per feedback once someone acted on it;
-- the feedback itself stays as its author gave it.
create table review_feedback (
    feedback_id     bigint        primary key references feedback(id),
    read_at         timestamp with time zone,
    read_by         varchar(64),
    answer          varchar(2000),
    answered_by     varchar(64),
    answered_at     timestamp with time zone
);
