#!/usr/bin/env bash
# Job search benchmark: the search endpoint against the same SQL run directly with pgbench.
#
#   bench/job-search.sh [JOBS]      (default JOBS = 10000)
#
# Seeds JOBS cached Upwork postings into one agency, then, at BENCH_CLIENTS (16) concurrent clients
# for BENCH_SECONDS (30) after BENCH_WARMUP (10) seconds of warm-up:
#   - GET /api/jobs?keywords=… as the agency's owner (SearchLoad.java, one HTTP connection per
#     client), keywords in rotation;
#   - the same two statements the endpoint runs (count and page with highlights,
#     job-search-pgbench.sql) through pgbench on the same database.
# Prints latency p50/p95/p99 and throughput of both, side by side, and their ratio.
#
# Against the PostgreSQL in BENCH_DB_URL (BENCH_DB_USER, BENCH_DB_PASSWORD; BENCH_PG_HOST and
# BENCH_PG_PORT for pgbench and psql), or, when unset, an embedded PostgreSQL 18 on a fresh data
# directory. Needs pgbench and psql (Debian: apt-get install postgresql-client).
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
source "$here/lib.sh"

JOBS=${1:-10000}
CLIENTS=${BENCH_CLIENTS:-16}
RUN_SECONDS=${BENCH_SECONDS:-30}
WARMUP_SECONDS=${BENCH_WARMUP:-10}
PORT=${BENCH_PORT:-18081}
PG_PORT=${BENCH_PG_PORT:-54330}
PG_HOST=${BENCH_PG_HOST:-localhost}
# As many pooled connections as clients, so that the application is not held back by its pool
# where pgbench has one connection per client.
POOL=${BENCH_POOL:-$CLIENTS}

PGBENCH=$(command -v pgbench || ls -d /usr/lib/postgresql/*/bin/pgbench 2>/dev/null | sort -V | tail -1 || true)
PSQL=$(command -v psql || ls -d /usr/lib/postgresql/*/bin/psql 2>/dev/null | sort -V | tail -1 || true)
if [ -z "$PGBENCH" ] || [ -z "$PSQL" ]; then
  echo "pgbench and psql are needed: apt-get install postgresql-client" >&2
  exit 1
fi

work=$(mktemp -d /tmp/crewbid-bench-search.XXXXXX)
MASTER_KEY=$(head -c 32 /dev/urandom | base64)
JAVA=$(find_java)
JAR=$(app_jar)
# The per-person API limit (300 a minute) would throttle one owner's load test.
APP_ARGS="--crewbid.rate-limits.policies.api-per-user.capacity=100000000 --spring.datasource.hikari.maximum-pool-size=$POOL"
trap stop_all EXIT
start_postgres
export PGPASSWORD="${BENCH_DB_PASSWORD:-}"
pg_user=${BENCH_DB_USER:-postgres}
pg_db=$(printf '%s' "$BENCH_DB_URL" | sed -E 's#.*/([^/?]+)(\?.*)?$#\1#')

start_app search >/dev/null
sign_in_admin
code=$(provision_agency search-bench "Search Bench" owner@search-bench.example "$OWNER_PASSWORD")
[ "$code" = 201 ] || { echo "provisioning answered $code: $(cat "$work/answer")" >&2; exit 1; }
schema=$("$PSQL" -h "$PG_HOST" -p "$PG_PORT" -U "$pg_user" -d "$pg_db" -Atc \
  "select schema_name from platform.tenants where slug = 'search-bench'")
echo "Seeding $JOBS cached jobs into $schema..." >&2
PGOPTIONS="-c search_path=$schema" "$PSQL" -q -h "$PG_HOST" -p "$PG_PORT" -U "$pg_user" -d "$pg_db" \
  -v ON_ERROR_STOP=1 -v jobs="$JOBS" -f "$here/job-search-seed.sql" >&2

sign_in_as owner@search-bench.example "$OWNER_PASSWORD" >/dev/null
session=$(awk '$6 == "SESSION" {print "SESSION=" $7}' "$work/cookies" | tail -1)
[ -n "$session" ] || { echo "the owner could not sign in" >&2; exit 1; }
hits=$(curl -s -H "Cookie: $session" "http://localhost:$PORT/api/jobs?keywords=angular&size=1" \
  | grep -o '"totalItems":[0-9]*' | cut -d: -f2)
echo "GET /api/jobs?keywords=angular finds $hits jobs" >&2

echo "Endpoint: $CLIENTS clients, ${WARMUP_SECONDS}s warm-up, ${RUN_SECONDS}s..." >&2
app=$("$JAVA" "$here/SearchLoad.java" "http://localhost:$PORT" "$session" "$CLIENTS" \
  "$RUN_SECONDS" "$WARMUP_SECONDS") || {
  echo "the endpoint benchmark failed: $app" >&2
  exit 1
}
value() { printf '%s' "$1" | tr ' ' '\n' | awk -F= -v k="$2" '$1 == k {print $2}'; }

echo "pgbench: $CLIENTS clients, ${WARMUP_SECONDS}s warm-up, ${RUN_SECONDS}s..." >&2
bench() { # seconds [extra pgbench arguments]
  PGOPTIONS="-c search_path=$schema" "$PGBENCH" -n -h "$PG_HOST" -p "$PG_PORT" -U "$pg_user" \
    -c "$CLIENTS" -j "$(nproc)" -T "$1" -f "$here/job-search-pgbench.sql" "${@:2}" "$pg_db"
}
bench "$WARMUP_SECONDS" >/dev/null 2>&1
(cd "$work" && bench "$RUN_SECONDS" -l --log-prefix=pgbench >"$work/pgbench.out" 2>&1)
# Per-transaction log: the third column is the latency in microseconds.
cat "$work"/pgbench.* 2>/dev/null | awk 'NF >= 3 && $3 ~ /^[0-9]+$/ {printf "%.3f\n", $3 / 1000}' \
  >"$work/pg-latencies.txt"
read -r pg50 pg95 pg99 <<<"$(percentiles "$work/pg-latencies.txt")"
pg_tps=$(awk '/^tps/ {print $3; exit}' "$work/pgbench.out")

ratio() { awk -v a="$1" -v b="$2" 'BEGIN { if (b == 0) print "-"; else printf "%.2f", a / b }'; }
echo
echo "Crewbid job search benchmark ($(nproc) cores, $JOBS cached jobs, $CLIENTS clients, ${RUN_SECONDS}s;" \
  "load average $(cut -d' ' -f1-3 /proc/loadavg))"
printf '  %-16s %14s %14s %10s\n' "" "GET /api/jobs" "pgbench (SQL)" "ratio"
for p in p50 p95 p99; do
  a=$(value "$app" "$p")
  case $p in p50) b=$pg50 ;; p95) b=$pg95 ;; p99) b=$pg99 ;; esac
  printf '  %-16s %11.2f ms %11.2f ms %9sx\n' "latency $p" "$a" "$b" "$(ratio "$a" "$b")"
done
a=$(value "$app" throughput)
printf '  %-16s %9.1f req/s %9.1f tx/s %9sx\n' "throughput" "$a" "$pg_tps" "$(ratio "$a" "$pg_tps")"
echo "  endpoint: $app"
echo "  pgbench:  $(grep -E '^(latency average|tps|number of transactions actually processed)' "$work/pgbench.out" | tr '\n' ';')"
