-- Request lists over years of history: every column a list sorts by is indexed together with what breaks ties
-- (the id), so a page walks an index and stops after its rows instead of sorting a million of them. The filters a
-- list is narrowed by most (the requester's own, a department, a status, a standard) lead their index, with the
-- default order (newest first) after them.
create index ix_request_sort_submitted on exception_request (submitted_at, id);
create index ix_request_sort_product on exception_request (product, id);
create index ix_request_sort_standard on exception_request (standard_name, id);
create index ix_request_sort_expires on exception_request (expires_at, id);
create index ix_request_mine on exception_request (requester, submitted_at, id);
create index ix_request_in_department on exception_request (department, submitted_at, id);
create index ix_request_with_status on exception_request (status, submitted_at, id);
create index ix_request_of_standard on exception_request (standard_key, submitted_at, id);
-- What was reassigned or passed on to a person: the first question of every decider's queue.
create index ix_request_assigned on exception_request (assigned_to, status);

-- A person's unread notices are counted on every page.
create index ix_notice_unread on notice (recipient, read_at);
