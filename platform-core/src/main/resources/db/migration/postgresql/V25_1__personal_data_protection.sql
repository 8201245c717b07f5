-- What PostgreSQL adds to the vendor-neutral V25 (common/): row-level security and the application role's grants.
-- The keys are platform rows (a ciphertext's key is found by id before the tenant is known; the code checks the
-- tenant); the application may add keys and retire them, never change or remove one.
grant select, insert on tenant_data_keys to ${app_role};
grant update (retired_at) on tenant_data_keys to ${app_role};

select enable_tenant_isolation('retention_policies');
grant select, insert, update on retention_policies to ${app_role};

-- erasing a consumer's identity removes the case's attachments, and rewrites the texts written around the case. The
-- append-only tables (progress messages, follow-ups, the consumer's messages, the timeline) stay append-only for the
-- application: only this function rewrites one of their texts, and only of a case whose identity is erased already.
grant delete on attachments to ${app_role};

create or replace function rewrite_erased_case_text(target text, row_id uuid, new_value text) returns integer
    language plpgsql security definer set search_path = public as $$
declare
    tenant text := current_setting('app.tenant_id', true);
    changed integer;
begin
    if tenant is null or tenant = '' then
        raise exception 'no tenant bound';
    end if;
    if target not in ('progress_updates.message', 'follow_ups.comment', 'case_messages.subject', 'case_messages.body',
                      'timeline_events.summary', 'timeline_events.changes') then
        raise exception 'not a text erasure rewrites: %', target;
    end if;
    execute format('update %I t set %I = $1 where t.tenant_id = $2 and t.id = $3 and exists (select 1 from complaints c '
                   'where c.tenant_id = t.tenant_id and c.id = t.complaint_id and c.anonymised_at is not null)',
                   split_part(target, '.', 1), split_part(target, '.', 2))
        using new_value, tenant, row_id;
    get diagnostics changed = row_count;
    return changed;
end;
$$;
revoke all on function rewrite_erased_case_text(text, uuid, text) from public;

-- the timeline stays immutable "whoever asks" (V1's trigger), with one exception: the summary and changes of an entry
-- whose case's identity is erased may be rewritten (by the function above; the application has no update grant)
create or replace function timeline_events_append_only() returns trigger language plpgsql as $$
begin
    if TG_OP = 'UPDATE' and NEW.id = OLD.id and NEW.seq = OLD.seq and NEW.tenant_id = OLD.tenant_id
            and NEW.complaint_id = OLD.complaint_id and NEW.event_type = OLD.event_type and NEW.actor = OLD.actor
            and NEW.occurred_at = OLD.occurred_at and NEW.reference_id is not distinct from OLD.reference_id
            and exists (select 1 from complaints c where c.tenant_id = OLD.tenant_id and c.id = OLD.complaint_id
                        and c.anonymised_at is not null) then
        return NEW;
    end if;
    raise exception 'timeline events are immutable';
end;
$$;
grant execute on function rewrite_erased_case_text(text, uuid, text) to ${app_role};

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
