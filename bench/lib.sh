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

# Builds the application jar unless it is there already.
app_jar() {
  local root jar
  root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
  jar="$root/backend/target/crewbid.jar"
  if [ ! -f "$jar" ]; then
    (cd "$root" && ./mvnw -B -q -DskipTests package) >&2 || return 1
  fi
  echo "$jar"
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

# Prints mean and p95 (ms) of the numbers in a file, one a line.
mean_p95() {
  sort -n "$1" | awk '{ v[NR] = $1; s += $1 } END {
    if (NR == 0) { print "n=0"; exit }
    i = int(NR * 0.95 + 0.5); if (i < 1) i = 1; if (i > NR) i = NR
    printf "n=%d mean=%.1f ms p95=%d ms\n", NR, s / NR, v[i] }'
}
