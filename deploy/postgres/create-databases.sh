#!/usr/bin/env bash
# Creates one database and one owning login role per QH service, so no service can read another's tables.
# Idempotent: run it on every start (compose does, as the postgres-init service) or by hand against a managed
# PostgreSQL; existing databases are kept and role passwords are brought up to date.
#
#   QH_DATABASES            space- or comma-separated service names (default: "auth")
#   QH_DB_PASSWORD_<NAME>   password of role qh_<name>, e.g. QH_DB_PASSWORD_AUTH (required for each name)
#   PGHOST, PGPORT, PGUSER, PGPASSWORD, PGDATABASE   where to connect, as an administrator (libpq's variables)
#
# Service "auth" gets database qh_auth owned by role qh_auth. Later services are added to QH_DATABASES:
#   auth profile vacancy resume letter analysis notification document
set -euo pipefail

databases=${QH_DATABASES:-auth}
export PGDATABASE=${PGDATABASE:-postgres}

for service in ${databases//,/ }; do
  if [[ ! $service =~ ^[a-z][a-z0-9_]*$ ]]; then
    echo "create-databases: '$service' is not a valid service name (lower-case letters, digits, _)" >&2
    exit 1
  fi
  name="qh_${service}"
  password_var="QH_DB_PASSWORD_${service^^}"
  password=${!password_var:-}
  if [[ -z $password ]]; then
    echo "create-databases: set $password_var, the password of role $name" >&2
    exit 1
  fi

  # format() with %I/%L quotes the identifiers and the password; psql's :'var' passes them in as literals.
  psql -v ON_ERROR_STOP=1 -q -v name="$name" -v password="$password" <<'SQL'
SELECT format('CREATE ROLE %I LOGIN', :'name')
 WHERE NOT EXISTS (SELECT FROM pg_roles WHERE rolname = :'name') \gexec
SELECT format('ALTER ROLE %I WITH LOGIN PASSWORD %L', :'name', :'password') \gexec
SELECT format('CREATE DATABASE %I OWNER %I', :'name', :'name')
 WHERE NOT EXISTS (SELECT FROM pg_database WHERE datname = :'name') \gexec
SELECT format('REVOKE ALL ON DATABASE %I FROM PUBLIC', :'name') \gexec
SQL
  echo "create-databases: database $name ready (owner $name)"
done
