#!/usr/bin/env bash
# Starts a local PostgreSQL from Debian's packages on 127.0.0.1 for the store contract tests and
# prints the URL to use. Installs the server when the machine has none. Needs root (CI runs as root).
set -euo pipefail
if ! command -v pg_ctlcluster >/dev/null 2>&1 || ! ls /usr/lib/postgresql/*/bin/postgres >/dev/null 2>&1; then
  echo "installing postgresql from Debian's packages..." >&2
  apt-get update -qq >&2
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq postgresql >&2
fi
version=$(ls /usr/lib/postgresql | sort -n | tail -1)
if ! pg_lsclusters -h | awk '{print $1" "$2}' | grep -q "^${version} main$"; then
  pg_createcluster "$version" main >&2
fi
pg_ctlcluster "$version" main start >&2 || true
for _ in $(seq 1 30); do
  if su postgres -c "psql -qtAc 'select 1'" >/dev/null 2>&1; then break; fi
  sleep 0.5
done
su postgres -c "psql -qc \"ALTER USER postgres PASSWORD 'postgres'\"" >&2
su postgres -c "psql -qtAc \"SELECT 1 FROM pg_database WHERE datname = 'claims_test'\"" | grep -q 1 || su postgres -c "createdb claims_test" >&2
echo "postgres://postgres:postgres@127.0.0.1:5432/claims_test"
