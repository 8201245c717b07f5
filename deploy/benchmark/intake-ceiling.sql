-- The database work of one staff create, as the platform sends it (statement for statement, one transaction, under
-- row-level security as the application role), without the platform: what PostgreSQL alone can commit on this
-- machine. Run by deploy/benchmark/intake-ceiling.sh against the database an intake benchmark run left behind.
\set n random(1, 9000000000000000)
BEGIN;
select set_config('app.tenant_id', (:tenant)::text, true);
select id, response_body from idempotency_records where caller = 'staff' || chr(58) || 'agent-1' and idempotency_key = 'k' || (:n::bigint)::text;
select id from departments;
select id from department_members where user_id = 'agent-1';
insert into complaints (id, tenant_id, case_number, version, consumer_name, consumer_phone, subject_type, subject_name, subject_reference, description, channel, received_at, access_code_hash, status, round, created_by, created_at, updated_at, phone_key, reference_key, change_version, changed_at) values (md5('c' || (:n::bigint)::text)::uuid, (:tenant)::text, 'PGB-' || (:n::bigint)::text || '-' || clock_timestamp(), 0, '张三', '139' || (:n::bigint)::text, 'PRODUCT', '冰箱 BCD-520', 'ORD' || (:n::bigint)::text, '购买的冰箱不制冷，送货延误三天，联系客服多次未解决。', 'phone', now(), md5((:n::bigint)::text), 'RECEIVED', 1, 'agent-1', now(), now(), '139' || (:n::bigint)::text, 'ORD' || (:n::bigint)::text, 1, now());
insert into timeline_events (id, tenant_id, complaint_id, event_type, actor, occurred_at, summary, changes) values (gen_random_uuid(), (:tenant)::text, md5('c' || (:n::bigint)::text)::uuid, 'RECEIVED', 'staff' || chr(58) || 'agent-1', now(), 'received via phone', '[{"field" "status" "to" "RECEIVED"}]');
select complaint_id from duplicate_keys where tenant_id = (:tenant)::text and key_hash in ((:n::bigint) + 100, (:n::bigint) + 101) and received_at > now() - interval '30 days' limit 100;
select complaint_id from duplicate_keys where tenant_id = (:tenant)::text and key_hash in ((:n::bigint), (:n::bigint) + 1, (:n::bigint) + 2, (:n::bigint) + 3, (:n::bigint) + 4, (:n::bigint) + 5, (:n::bigint) + 6, (:n::bigint) + 7, (:n::bigint) + 8, (:n::bigint) + 9, (:n::bigint) + 10, (:n::bigint) + 11, (:n::bigint) + 12, (:n::bigint) + 13, (:n::bigint) + 14, (:n::bigint) + 15) and received_at > now() - interval '30 days' limit 160;
select id, case_number, status, received_at, description, phone_key, email_key, reference_key, created_by, department_id from complaints where id in (select complaint_id from duplicate_keys where tenant_id = (:tenant)::text and key_hash = (:n::bigint) limit 20) and status <> 'MERGED';
insert into duplicate_keys (tenant_id, key_hash, received_at, complaint_id) select (:tenant)::text, (:n::bigint) + g, now(), md5('c' || (:n::bigint)::text)::uuid from generate_series(0, 17) g;
insert into notification_outbox (id, tenant_id, event, complaint_id, recipient, variables, created_at, audience, case_number, secret_variables) values (gen_random_uuid(), (:tenant)::text, 'CASE_RECEIVED', md5('c' || (:n::bigint)::text)::uuid, 'CONSUMER', '{"caseNumber" "X"}', now(), 'CONSUMER', 'X', 'sealed-secret-variables-base64-xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx');
insert into search_outbox (tenant_id, complaint_id, created_at) values ((:tenant)::text, md5('c' || (:n::bigint)::text)::uuid, now());
insert into idempotency_records (id, tenant_id, caller, idempotency_key, request_hash, status_code, response_body, etag, location, created_at) values (gen_random_uuid(), (:tenant)::text, 'staff' || chr(58) || 'agent-1', 'k' || (:n::bigint)::text || clock_timestamp(), md5((:n::bigint)::text) || md5((:n::bigint)::text), 201, '{"id" "x" "caseNumber" "X" "status" "RECEIVED" "possibleDuplicates" []}', '"0"', '/api/v1/complaints/x', now());
COMMIT;
