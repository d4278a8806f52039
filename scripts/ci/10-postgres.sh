#!/usr/bin/env bash
# Sourced by .ci/run before the tests: makes sure a local PostgreSQL server (Debian package) runs
# and exports SITREP_TEST_PG_URL, the JDBC URL of an empty database the store tests may use.
# Each test creates and drops its own schema inside that database.
if ! command -v pg_ctlcluster >/dev/null 2>&1 || [ -z "$(ls /usr/lib/postgresql 2>/dev/null)" ]; then
  apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq postgresql >/dev/null
fi
sitrep_pg_version="$(ls /usr/lib/postgresql | sort -n | tail -1)"
if ! pg_lsclusters -h 2>/dev/null | awk '{print $1" "$2}' | grep -q "^$sitrep_pg_version main$"; then
  pg_createcluster "$sitrep_pg_version" main >/dev/null
fi
sitrep_pg_port="$(pg_lsclusters -h | awk -v v="$sitrep_pg_version" '$1==v && $2=="main" {print $3}')"
if ! pg_lsclusters -h | awk -v v="$sitrep_pg_version" '$1==v && $2=="main" {print $4}' | grep -q online; then
  pg_ctlcluster "$sitrep_pg_version" main start
fi
for _ in $(seq 1 30); do
  su postgres -c "psql -p $sitrep_pg_port -tAc 'select 1'" >/dev/null 2>&1 && break
  sleep 1
done
su postgres -c "psql -p $sitrep_pg_port -v ON_ERROR_STOP=1 -q" <<'SQL'
DO $$ BEGIN
  IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'sitrep_test') THEN
    CREATE ROLE sitrep_test LOGIN PASSWORD 'sitrep_test';
  END IF;
END $$;
SELECT 'CREATE DATABASE sitrep_test OWNER sitrep_test'
WHERE NOT EXISTS (SELECT FROM pg_database WHERE datname = 'sitrep_test')\gexec
SQL
export SITREP_TEST_PG_URL="jdbc:postgresql://127.0.0.1:${sitrep_pg_port}/sitrep_test?user=sitrep_test&password=sitrep_test"
echo "10-postgres.sh: PostgreSQL $sitrep_pg_version on port $sitrep_pg_port, SITREP_TEST_PG_URL exported"
