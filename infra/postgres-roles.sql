-- Roles for a real PostgreSQL server (run once as a superuser; replace the passwords).
-- rebound_owner owns the schema and runs migrations; rebound_app is what the API connects as:
-- it owns nothing and cannot bypass row-level security, so a bug in a query cannot cross tenants.
CREATE ROLE rebound_owner LOGIN PASSWORD 'change-me-owner' CREATEROLE;
CREATE DATABASE rebound OWNER rebound_owner;
CREATE ROLE rebound_app LOGIN PASSWORD 'change-me-app' NOSUPERUSER NOBYPASSRLS NOCREATEDB NOCREATEROLE;
-- Then: DATABASE_URL=postgres://rebound_owner:…@host/rebound npm run migrate
-- and give the API DATABASE_APP_URL=postgres://rebound_app:…@host/rebound
