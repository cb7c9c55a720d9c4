# Shared helpers for the benchmarks: a JDK of the right level and the application jar.

# Prints the path of a java (21 or newer): JAVA_HOME's, the default one, or one under /usr/lib/jvm.
find_java() {
  for candidate in "${JAVA_HOME:+$JAVA_HOME/bin/java}" "$(command -v java)" /usr/lib/jvm/*/bin/java; do
    [ -x "$candidate" ] || continue
    major=$("$candidate" -XshowSettings:properties -version 2>&1 | awk -F'= ' '/java.specification.version/ {print $2}')
    if [ "${major%%.*}" -ge 21 ] 2>/dev/null; then
      echo "$candidate"
      return 0
    fi
  done
  echo "No JDK 21+ found (set JAVA_HOME)" >&2
  return 1
}

# Builds the application jar unless it is there already and newer than the sources.
app_jar() {
  local root jar
  root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
  jar="$root/backend/target/crewbid.jar"
  if [ ! -f "$jar" ] || [ -n "$(find "$root/backend/src/main" "$root/tenant-migrations/src" \
    -newer "$jar" -type f -print -quit)" ]; then
    (cd "$root" && ./mvnw -B -q -DskipTests package) >&2 || return 1
  fi
  echo "$jar"
}

# The rest expects, from the calling script: work (a temporary folder), PORT, PG_PORT, JAVA, JAR,
# MASTER_KEY, and APP_ARGS (extra application arguments, may be empty).

# Starts an embedded PostgreSQL 18 on PG_PORT unless BENCH_DB_URL names a server; sets BENCH_DB_*.
start_postgres() {
  if [ -z "${BENCH_DB_URL:-}" ]; then
    "$JAVA" -cp "$JAR" -Dloader.main=com.crewbid.embedded.StandalonePostgres \
      org.springframework.boot.loader.launch.PropertiesLauncher "$PG_PORT" "$work/pg" >"$work/pg.log" 2>&1 &
    echo $! >"$work/pg.pid"
    for _ in $(seq 120); do grep -q "PostgreSQL ready" "$work/pg.log" && break; sleep 0.5; done
    BENCH_DB_URL="jdbc:postgresql://localhost:$PG_PORT/postgres"
    BENCH_DB_USER=postgres
    BENCH_DB_PASSWORD=
    echo "PostgreSQL: embedded, port $PG_PORT" >&2
  else
    echo "PostgreSQL: $BENCH_DB_URL" >&2
  fi
}

# Stops what start_app and start_postgres started, then removes the work folder (the EXIT trap).
stop_all() {
  local pid
  for pid in "$work/app.pid" "$work/pg.pid"; do
    [ -f "$pid" ] || continue
    kill "$(cat "$pid")" 2>/dev/null || true
    while kill -0 "$(cat "$pid")" 2>/dev/null; do sleep 0.2; done
  done
  wait 2>/dev/null || true
  rm -rf "$work"
}

# Starts the application and prints its start-up time (ms) once readiness is UP; $1 names the log.
start_app() {
  local t0 t1 app_pid
  t0=$(now_ms)
  # shellcheck disable=SC2086
  SPRING_DATASOURCE_URL="$BENCH_DB_URL" SPRING_DATASOURCE_USERNAME="${BENCH_DB_USER:-}" \
  SPRING_DATASOURCE_PASSWORD="${BENCH_DB_PASSWORD:-}" CREWBID_SECURE_COOKIES=false \
  CREWBID_SECRETS_MASTER_KEY="$MASTER_KEY" \
  CREWBID_ADMIN_EMAIL=bench@crewbid.example CREWBID_ADMIN_PASSWORD=bench-admin-password \
  PORT=$PORT "$JAVA" -jar "$JAR" ${APP_ARGS:-} >"$work/app-$1.log" 2>&1 &
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

# An API call with the session in $work/cookies and the CSRF pair; prints the HTTP status.
# Owners' password: the password policy refuses guessable ones (and any with the e-mail or name in
# it), so each run makes a random one.
OWNER_PASSWORD="Qz-$(head -c 18 /dev/urandom | base64 | tr -dc 'A-Za-z0-9' | head -c 20)-kept"

api() { # method path [json]; prints the HTTP status, keeps the body in $work/answer
  local xsrf
  xsrf=$(awk '$6 == "XSRF-TOKEN" {print $7}' "$work/cookies" 2>/dev/null | tail -1)
  curl -s -o "$work/answer" -w '%{http_code}' -b "$work/cookies" -c "$work/cookies" -X "$1" \
    -H "X-XSRF-TOKEN: $xsrf" -H 'Content-Type: application/json' ${3:+--data "$3"} "http://localhost:$PORT$2"
}

# Signs in with e-mail and password into $work/cookies; prints the answer.
sign_in_as() { # email password
  rm -f "$work/cookies"
  curl -s -o /dev/null -c "$work/cookies" "http://localhost:$PORT/api/auth/session"
  curl -s -b "$work/cookies" -c "$work/cookies" \
    -H "X-XSRF-TOKEN: $(awk '$6 == "XSRF-TOKEN" {print $7}' "$work/cookies" | tail -1)" \
    --data-urlencode "email=$1" --data-urlencode "password=$2" \
    "http://localhost:$PORT/api/auth/sign-in"
}

# A TOTP code of a step not used yet (each code is accepted once); runs in a subshell.
next_code() {
  while [ "$(($(date +%s) / 30))" = "$(cat "$work/last-step" 2>/dev/null)" ]; do sleep 1; done
  echo $(($(date +%s) / 30)) >"$work/last-step"
  totp "$(cat "$work/totp-secret")"
}

# Signs the platform admin in; admins always use MFA: enrol the first time, give a code after.
sign_in_admin() {
  local answer
  answer=$(sign_in_as bench@crewbid.example bench-admin-password)
  if printf '%s' "$answer" | grep -q '"mfaPending":true'; then
    api POST /api/auth/mfa "{\"code\":\"$(next_code)\"}" >/dev/null
  elif printf '%s' "$answer" | grep -q '"mfaEnrollmentRequired":true'; then
    curl -s -b "$work/cookies" -c "$work/cookies" -X POST \
      -H "X-XSRF-TOKEN: $(awk '$6 == "XSRF-TOKEN" {print $7}' "$work/cookies" | tail -1)" \
      "http://localhost:$PORT/api/me/mfa/totp" | grep -o '"secret":"[A-Z2-7]*"' | cut -d'"' -f4 \
      >"$work/totp-secret"
    api POST /api/me/mfa/totp/confirm "{\"code\":\"$(next_code)\"}" >/dev/null
  fi
}

# Registers an agency through the admin API (signed in as admin); prints the HTTP status.
provision_agency() { # slug name owner-email owner-password
  api POST /api/admin/tenants \
    "{\"name\":\"$2\",\"slug\":\"$1\",\"ownerEmail\":\"$3\",\"ownerName\":\"Owner of $2\",\"ownerPassword\":\"$4\"}"
}

# The current 6-digit TOTP code (RFC 6238, SHA-1, 30 s) of a Base32 secret, as an authenticator app
# computes it. Needs coreutils' base32 and openssl.
totp() {
  local key counter mac offset
  key=$(printf '%s' "$1" | base32 -d 2>/dev/null | od -An -tx1 | tr -d ' \n')
  counter=$(printf '%016x' $(($(date +%s) / 30)))
  mac=$(printf "$(printf '%s' "$counter" | sed 's/../\\x&/g')" | openssl dgst -sha1 -mac HMAC -macopt "hexkey:$key" | awk '{print $NF}')
  offset=$((16#${mac:39:1} * 2))
  printf '%06d\n' $(((16#${mac:offset:8} & 0x7fffffff) % 1000000))
}

# Milliseconds since the epoch.
now_ms() { date +%s%3N; }

# Prints p50, p95 and p99 of the numbers in a file, one a line, as "p50 p95 p99".
percentiles() {
  sort -n "$1" | awk '{ v[NR] = $1 } END {
    if (NR == 0) { print "0 0 0"; exit }
    split("50 95 99", ps, " ")
    for (k = 1; k <= 3; k++) { i = int(NR * ps[k] / 100 + 0.999999); if (i < 1) i = 1; if (i > NR) i = NR; out = out (k > 1 ? " " : "") v[i] }
    print out }'
}

# Prints mean and p95 (ms) of the numbers in a file, one a line.
mean_p95() {
  sort -n "$1" | awk '{ v[NR] = $1; s += $1 } END {
    if (NR == 0) { print "n=0"; exit }
    i = int(NR * 0.95 + 0.5); if (i < 1) i = 1; if (i > NR) i = NR
    printf "n=%d mean=%.1f ms p95=%d ms\n", NR, s / NR, v[i] }'
}
