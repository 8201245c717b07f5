-- The timer reconciler reads the pending timers of all tenants due within its horizon in one query per page.
create index deadline_timers_due_ix on deadline_timers (due_at);
