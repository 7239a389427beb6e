-- The monthly service review e-mail goes to each recipient once per month, however often or on however many
-- instances the job runs: the row is written in the transaction that announces the e-mail.
create table review_mail (
    review_month    varchar(7)    not null,
    recipient       varchar(64)   not null,
    sent_at         timestamp with time zone not null,
    constraint pk_review_mail primary key (review_month, recipient)
);
