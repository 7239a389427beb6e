-- An exception is renewed at most once: the renewal is the request to renew next time. The application checks this
-- first for a friendly answer; this index makes it hold when two renewals of the same request arrive at once.
-- Requests that renew nothing (renewal_of_id null) are many, which a unique index allows on H2 and PostgreSQL.

-- Before the index existed, two renewals racing each other could both be stored. Keep every request and its
-- timeline, but link only the first renewal to the original, so the index can be created.
update exception_request
set renewal_of_id = null
where renewal_of_id is not null
  and exists (select 1
              from exception_request earlier
              where earlier.renewal_of_id = exception_request.renewal_of_id
                and earlier.id < exception_request.id);

create unique index ux_request_renewal_of on exception_request (renewal_of_id);
