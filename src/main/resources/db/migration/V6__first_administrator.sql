-- The one-time code that creates the first administrator, while none exists. Only a hash of the code is kept;
-- there is at most one row (id 1): a new start replaces it, creating the administrator deletes it.
create table setup_token (
    id              integer      not null primary key,
    token_hash      varchar(64)  not null,
    created_at      timestamp with time zone not null
);
