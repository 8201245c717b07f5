-- What PostgreSQL adds to the vendor-neutral V25 (common/): row-level security and the application role's grants.
-- The keys are platform rows (a ciphertext's key is found by id before the tenant is known; the code checks the
-- tenant); the application may add keys and retire them, never change or remove one.
grant select, insert on tenant_data_keys to ${app_role};
grant update (retired_at) on tenant_data_keys to ${app_role};

select enable_tenant_isolation('retention_policies');
grant select, insert, update on retention_policies to ${app_role};

-- erasing a consumer's identity rewrites the texts written around the case (the append-only tables stay append-only
-- in every other column) and removes the case's attachments
grant update (message) on progress_updates to ${app_role};
grant update (comment) on follow_ups to ${app_role};
grant update (subject, body) on case_messages to ${app_role};
grant update (summary, changes) on timeline_events to ${app_role};
grant delete on attachments to ${app_role};

-- the access log is append-only for the application: no update, no delete, except the retention purge below, which
-- removes only the bound tenant's entries older than its policy keeps them
select enable_tenant_isolation('personal_data_access_log');
grant select, insert on personal_data_access_log to ${app_role};

create or replace function purge_personal_data_access_log() returns bigint
    language plpgsql security definer set search_path = public as $$
declare
    tenant text := current_setting('app.tenant_id', true);
    days int;
    removed bigint;
begin
    if tenant is null or tenant = '' then
        raise exception 'no tenant bound';
    end if;
    select access_log_days into days from retention_policies where tenant_id = tenant;
    if days is null then
        return 0;
    end if;
    delete from personal_data_access_log where tenant_id = tenant and recorded_at < now() - make_interval(days => days);
    get diagnostics removed = row_count;
    return removed;
end;
$$;
revoke all on function purge_personal_data_access_log() from public;
grant execute on function purge_personal_data_access_log() to ${app_role};
