-- The platform's database and its two roles: the schema owner (the migration) and the application (owns nothing;
-- row-level security binds it). Passwords for a local trial only.
create role complaints_owner login password 'owner-secret' nosuperuser nobypassrls;
create role complaints_app login password 'app-secret' nosuperuser nobypassrls;
create database complaints owner complaints_owner;
\connect complaints
grant usage on schema public to complaints_app;
