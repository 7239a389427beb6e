-- When the current wait for a person began: the due date of a waiting request counts from here (submission, or the
-- moment IT staff sent a reviewed request to a manager, or the moment an overdue request was passed on).
alter table exception_request add column waiting_since timestamp with time zone;

-- Who holds a waiting request after it was reassigned or passed on; null while it is with the usual deciders.
alter table exception_request add column assigned_to varchar(64);

update exception_request
set waiting_since = case when status = 'ESCALATED' and decided_at is not null then decided_at else submitted_at end
where status in ('ESCALATED', 'IN_REVIEW');

create index ix_request_waiting on exception_request (status, waiting_since);

-- Timeline entries are stored as what happened (type) and a few facts (data, key=value pairs), worded in the
-- reader's language when read. Entries written before keep their finished text; new ones need none.
alter table request_event add column data varchar(8000);
alter table request_event alter column text drop not null;
