-- What PostgreSQL adds to V21 (common/): the reconciler's read across tenants. Like the search relay it switches on a
-- transaction-local setting (app.timer_reconciler, set by its own query in com.complaints.core.persistence and
-- nowhere else); the policy lets such a transaction read timers, never write them.
create policy timer_reconciler_reads on deadline_timers for select
    using (current_setting('app.timer_reconciler', true) = 'on');
