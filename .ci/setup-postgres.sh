#!/usr/bin/env bash
# Installs PostgreSQL from Debian's packages, starts a cluster on 127.0.0.1:5432 and creates the test role and
# database, so that the PostgreSQL variants of the data-facing tests run instead of skipping. The tests connect with
#   Host=127.0.0.1;Port=5432;Username=opendata;Password=opendata;Database=opendata_test
# (override with the environment variable OPENDATA_TEST_POSTGRES). Idempotent: installs only what is missing,
# starts the cluster only when it is down, and creates the role and database only when they do not exist.
set -euo pipefail
. "$(dirname "$0")/lib/packages.sh"

if ! command -v pg_ctlcluster >/dev/null 2>&1 || ! ls /usr/lib/postgresql/*/bin/postgres >/dev/null 2>&1; then
  apt_install postgresql
fi

version=$(ls /usr/lib/postgresql | sort -V | tail -n 1)
cluster=main
if ! pg_lsclusters -h | awk -v v="$version" -v c="$cluster" '$1 == v && $2 == c { found = 1 } END { exit !found }'; then
  as_root pg_createcluster "$version" "$cluster" -- --auth-local=peer --auth-host=scram-sha-256
fi

# Debian's postgresql.conf includes conf.d/: the settings the tests rely on live in one file of ours.
printf "listen_addresses = '127.0.0.1'\nport = 5432\n" | as_root tee "/etc/postgresql/$version/$cluster/conf.d/opendata.conf" >/dev/null
if ! pg_lsclusters -h | awk -v v="$version" -v c="$cluster" '$1 == v && $2 == c && $4 == "online" { found = 1 } END { exit !found }'; then
  as_root pg_ctlcluster "$version" "$cluster" start
fi

# Runs one SQL statement as the postgres superuser (peer authentication over the local socket).
psql_as_postgres() {
  as_root su postgres -s /bin/sh -c "cd / && psql -v ON_ERROR_STOP=1 -qAt -c \"$1\""
}

for _ in $(seq 1 30); do
  if pg_isready -q -h 127.0.0.1 -p 5432; then
    break
  fi
  sleep 1
done
pg_isready -h 127.0.0.1 -p 5432

# The test role owns its database and may create databases: the test fixtures build the seed into fresh ones.
if [ "$(psql_as_postgres "SELECT 1 FROM pg_roles WHERE rolname = 'opendata'")" != "1" ]; then
  psql_as_postgres "CREATE ROLE opendata LOGIN CREATEDB PASSWORD 'opendata'"
fi
if [ "$(psql_as_postgres "SELECT 1 FROM pg_database WHERE datname = 'opendata_test'")" != "1" ]; then
  psql_as_postgres "CREATE DATABASE opendata_test OWNER opendata"
fi
# The fixtures drop their databases WITH (FORCE), which must end every session in them, autovacuum workers included:
# that takes pg_signal_backend (granting it again is harmless).
psql_as_postgres "GRANT pg_signal_backend TO opendata"
# Search needs no extension: its tsvector is built over the same folded words the query parser uses.
echo "PostgreSQL $version ready: Host=127.0.0.1;Port=5432;Username=opendata;Password=opendata;Database=opendata_test"
