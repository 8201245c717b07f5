#!/usr/bin/env bash
# PostgreSQL's own ceiling for staff intake: pgbench runs the SQL of one create (intake-ceiling.sql: the statements the
# platform sends for it, one transaction, prepared, under row-level security as the application role) at concurrency
# 4 and 16, two rounds each, against the database the last deploy/benchmark/intake.sh run left (its tenant and data).
# Usage: deploy/benchmark/intake-ceiling.sh [seconds=20]
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
SECONDS_PER_RUN="${1:-seconds=20}"
SECONDS_PER_RUN="${SECONDS_PER_RUN#seconds=}"
DB=complaints_it_benchmark_intake
TENANT="$(psql -h 127.0.0.1 -U postgres -d "$DB" -Atc "select id from tenants where id like 'bench-%' limit 1")"
[ -n "$TENANT" ] || { echo "no benchmark tenant in $DB: run deploy/benchmark/intake.sh first" >&2; exit 1; }
echo "# tenant $TENANT, $(psql -h 127.0.0.1 -U postgres -d "$DB" -Atc "select count(*) from complaints") cases"
for round in 1 2; do
  for c in 4 16; do
    printf 'round %s C=%-3s ' "$round" "$c"
    pgbench -h 127.0.0.1 -U complaints_app -n -M prepared -c "$c" -j 2 -T "$SECONDS_PER_RUN" -D tenant="$TENANT" \
      -f "$ROOT/deploy/benchmark/intake-ceiling.sql" "$DB" 2>&1 | grep -E '^tps|failed transactions|error' | tr '\n' ' '
    echo
  done
done
