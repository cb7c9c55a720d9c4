#!/usr/bin/env bash
# Tenant provisioning and start-up benchmark.
#
#   bench/tenants.sh [N]        (default N = 1000)
#
# Against the PostgreSQL in BENCH_DB_URL (with BENCH_DB_USER, BENCH_DB_PASSWORD), or, when unset, an
# embedded PostgreSQL 18 that the script starts on a fresh data directory. Prints:
#   - the time to provision one tenant through the admin API (schema + Flyway + owner + profile),
#     mean and p95 over N tenants;
#   - application start-up (launch until /actuator/health/readiness is UP) with 1 tenant and with N
#     tenants already at the current schema version.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
source "$here/lib.sh"

N=${1:-1000}
PORT=${BENCH_PORT:-18080}
PG_PORT=${BENCH_PG_PORT:-54329}
work=$(mktemp -d /tmp/crewbid-bench.XXXXXX)
MASTER_KEY=$(head -c 32 /dev/urandom | base64)
JAVA=$(find_java)
JAR=$(app_jar)
# The admin provisions faster than a person calls the API (300 a minute).
APP_ARGS="--crewbid.rate-limits.policies.api-per-user.capacity=1000000"
trap stop_all EXIT
start_postgres

provision() { # from to
  local i t0 t1 code
  for i in $(seq "$1" "$2"); do
    t0=$(now_ms)
    code=$(provision_agency "bench-$i" "Bench $i" "owner$i@bench.example" "$OWNER_PASSWORD")
    t1=$(now_ms)
    [ "$code" = 201 ] || { echo "provisioning $i answered $code: $(cat "$work/answer")" >&2; exit 1; }
    echo $((t1 - t0)) >>"$work/provision.txt"
  done
}

first=$(start_app first)                       # creates the platform schema
sign_in_admin; provision 1 1
stop_app
startup_one=$(start_app one)
sign_in_admin
echo "Provisioning $((N - 1)) more tenants..."
provision 2 "$N"
stop_app
startup_n=$(start_app many)
stop_app

echo
echo "Crewbid tenant benchmark ($(nproc) cores, N=$N)"
echo "  provision one tenant via admin API:     $(mean_p95 "$work/provision.txt")"
echo "  start-up, empty database (migrations):  $first ms"
echo "  start-up with 1 tenant current:         $startup_one ms"
echo "  start-up with $N tenants current:     $startup_n ms"
grep -h "tenant schemas" "$work/app-many.log" | tail -1 | sed 's/^/  log: /'
