-- GET /api/holds pages in (deadline, id) order, optionally filtered by status and vendor: these
-- indexes serve the page without sorting the whole table (bench approval-rest, 100,000 holds).
create index hold_by_deadline on hold (deadline, id);
create index hold_by_status_deadline_id on hold (status, deadline, id);
create index hold_by_vendor_status_deadline on hold (vendor_code, status, deadline, id);
drop index hold_by_status_and_deadline;
