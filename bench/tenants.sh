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
pids=()
cleanup() {
  [ -f "$work/app.pid" ] && kill "$(cat "$work/app.pid")" 2>/dev/null
  for p in "${pids[@]}"; do kill "$p" 2>/dev/null || true; done
  wait 2>/dev/null || true
}
trap cleanup EXIT

if [ -z "${BENCH_DB_URL:-}" ]; then
  "$JAVA" -cp "$JAR" -Dloader.main=com.crewbid.embedded.StandalonePostgres \
    org.springframework.boot.loader.launch.PropertiesLauncher "$PG_PORT" "$work/pg" >"$work/pg.log" 2>&1 &
  pids+=($!)
  for _ in $(seq 120); do grep -q "PostgreSQL ready" "$work/pg.log" && break; sleep 0.5; done
  BENCH_DB_URL="jdbc:postgresql://localhost:$PG_PORT/postgres"
  BENCH_DB_USER=postgres
  BENCH_DB_PASSWORD=
  echo "PostgreSQL: embedded, port $PG_PORT"
else
  echo "PostgreSQL: $BENCH_DB_URL"
fi

start_app() { # prints start-up ms; runs in a subshell, so the pid goes to a file
  local t0 t1 app_pid
  t0=$(now_ms)
  SPRING_DATASOURCE_URL="$BENCH_DB_URL" SPRING_DATASOURCE_USERNAME="${BENCH_DB_USER:-}" \
  SPRING_DATASOURCE_PASSWORD="${BENCH_DB_PASSWORD:-}" CREWBID_SECURE_COOKIES=false \
  CREWBID_SECRETS_MASTER_KEY="$MASTER_KEY" \
  CREWBID_ADMIN_EMAIL=bench@crewbid.example CREWBID_ADMIN_PASSWORD=bench-admin-password \
  PORT=$PORT "$JAVA" -jar "$JAR" \
    `# the admin provisions faster than a person calls the API (300 a minute)` \
    --crewbid.rate-limits.policies.api-per-user.capacity=1000000 >"$work/app-$1.log" 2>&1 &
  app_pid=$!
  echo "$app_pid" >"$work/app.pid"
  until curl -fs "http://localhost:$PORT/actuator/health/readiness" 2>/dev/null | grep -q UP; do
    kill -0 "$app_pid" 2>/dev/null || { echo "app failed, see $work/app-$1.log" >&2; exit 1; }
    sleep 0.1
  done
  t1=$(now_ms)
  echo $((t1 - t0))
}
stop_app() {
  local pid
  pid=$(cat "$work/app.pid")
  kill "$pid"
  while kill -0 "$pid" 2>/dev/null; do sleep 0.2; done
}

jar_cookies="$work/cookies"
api() { # method path [json]
  local xsrf
  xsrf=$(awk '$6 == "XSRF-TOKEN" {print $7}' "$jar_cookies" 2>/dev/null | tail -1)
  curl -s -o /dev/null -w '%{http_code}' -b "$jar_cookies" -c "$jar_cookies" -X "$1" \
    -H "X-XSRF-TOKEN: $xsrf" -H 'Content-Type: application/json' ${3:+--data "$3"} "http://localhost:$PORT$2"
}
totp_secret=
next_code() { # a TOTP code of a step not used yet (each code is accepted once); runs in a subshell
  while [ "$(($(date +%s) / 30))" = "$(cat "$work/last-step" 2>/dev/null)" ]; do sleep 1; done
  echo $(($(date +%s) / 30)) >"$work/last-step"
  totp "$totp_secret"
}
sign_in() { # platform admins always use MFA: enrol on the first sign-in, give a code afterwards
  rm -f "$jar_cookies"
  curl -s -o /dev/null -c "$jar_cookies" "http://localhost:$PORT/api/auth/session"
  local xsrf answer
  xsrf=$(awk '$6 == "XSRF-TOKEN" {print $7}' "$jar_cookies" | tail -1)
  answer=$(curl -s -b "$jar_cookies" -c "$jar_cookies" -H "X-XSRF-TOKEN: $xsrf" \
    --data-urlencode email=bench@crewbid.example --data-urlencode password=bench-admin-password \
    "http://localhost:$PORT/api/auth/sign-in")
  if printf '%s' "$answer" | grep -q '"mfaPending":true'; then
    api POST /api/auth/mfa "{\"code\":\"$(next_code)\"}" >/dev/null
  elif printf '%s' "$answer" | grep -q '"mfaEnrollmentRequired":true'; then
    totp_secret=$(curl -s -b "$jar_cookies" -c "$jar_cookies" -X POST \
      -H "X-XSRF-TOKEN: $(awk '$6 == "XSRF-TOKEN" {print $7}' "$jar_cookies" | tail -1)" \
      "http://localhost:$PORT/api/me/mfa/totp" | grep -o '"secret":"[A-Z2-7]*"' | cut -d'"' -f4)
    api POST /api/me/mfa/totp/confirm "{\"code\":\"$(next_code)\"}" >/dev/null
  fi
}
provision() { # from to
  local i t0 t1 code
  for i in $(seq "$1" "$2"); do
    t0=$(now_ms)
    code=$(api POST /api/admin/tenants \
      "{\"name\":\"Bench $i\",\"slug\":\"bench-$i\",\"ownerEmail\":\"owner$i@bench.example\",\"ownerName\":\"Owner $i\",\"ownerPassword\":\"Tidal-quartz-meadow-58\"}")
    t1=$(now_ms)
    [ "$code" = 201 ] || { echo "provisioning $i answered $code" >&2; exit 1; }
    echo $((t1 - t0)) >>"$work/provision.txt"
  done
}

first=$(start_app first)                       # creates the platform schema
sign_in; provision 1 1
stop_app
startup_one=$(start_app one)
sign_in
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
rm -rf "$work"
