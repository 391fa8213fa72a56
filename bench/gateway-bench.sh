#!/usr/bin/env bash
# The gateway-cost benchmark of issue 22, for docs/benchmarks.md: starts auth, profile and the gateway with the
# launcher, each in its own JVM (process isolation, so the gateway's CPU time is its own), on a fresh data directory
# with the abuse limits raised; runs GatewayCostBench (small authenticated GETs through the gateway and direct, and
# the gateway's CPU per proxied request from /proc/<pid>/stat); optionally records a JFR profile of the gateway
# during the run; stops everything. Needs a built reactor (./mvnw -Pstart once) and bench/target/classes.
#
# Usage: bench/gateway-bench.sh [clients] [seconds] [scenarios]        (defaults: 200 20 me,profile)
# JAVA picks the JDK (21+); MVN overrides how Maven is called; LAUNCHER_CLASSPATH skips asking Maven for the
# launcher's classpath; JFR=<file> records the gateway (jcmd JFR.start) for the whole benchmark; QH_PROJECT_ROOT
# runs the apps of another checkout. Any QH_* setting in the environment reaches every app (e.g.
# QH_GATEWAY_TOKEN_CACHE_MAXIMUM_SIZE=0 turns the gateway's token cache off). Uses ports 8080-8082.
# GENERATOR=wrk drives the same requests with wrk (Debian's package; one signed-in account, its token on every
# request, 2 threads) instead of GatewayCostBench: the JDK client of the Java generator takes about 0.9 of the
# machine's 2 cores itself, which wrk does not, so the ratio then measures the gateway rather than the generator.
set -euo pipefail
cd "$(dirname "$0")/.."
bench=$PWD
clients=${1:-200}
seconds=${2:-20}
scenarios=${3:-me,profile}
if [ -z "${JAVA:-}" ]; then
  jdk=$(find /usr/lib/jvm -maxdepth 1 -mindepth 1 -name '*2[1-9]*' 2>/dev/null | sort | tail -1 || true)
  JAVA=${jdk:+$jdk/bin/}java
fi
root=${QH_PROJECT_ROOT:-$PWD}
[ -f bench/target/classes/com/qh/bench/GatewayCostBench.class ] || { echo "Build the bench first" >&2; exit 1; }
if [ -z "${LAUNCHER_CLASSPATH:-}" ]; then
  ${MVN:-./mvnw} -q -o -pl launcher dependency:build-classpath \
    -Dmdep.outputFile="$PWD/launcher/target/launcher-classpath.txt" -Dmdep.includeScope=runtime >/dev/null
  LAUNCHER_CLASSPATH="$root/launcher/target/classes:$(cat launcher/target/launcher-classpath.txt)"
fi

data=$(mktemp -d "${TMPDIR:-/tmp}/qh-gateway-bench.XXXXXX")
log="$data.log"
launcher=""
stop() {
  if [ -n "$launcher" ] && kill -0 "$launcher" 2>/dev/null; then
    kill -TERM "$launcher"   # the launcher stops its child JVMs, the broker and PostgreSQL
    wait "$launcher" || true
  fi
  rm -rf "$data"
  echo "launcher log: $log"
}
trap stop EXIT

(cd "$root" && QH_PROJECT_ROOT="$root" QH_LOG_FORMAT=text QH_DATA_DIR="$data" QH_LAUNCHER_ISOLATION=process \
  QH_LAUNCHER_APPS=auth,profile,gateway \
  QH_AUTH_LOGIN_ATTEMPTS_PER_IP=1000000 QH_AUTH_LOGIN_ATTEMPTS_PER_ACCOUNT=1000000 \
  QH_GATEWAY_RATE_LIMITS_PER_IP=1000000/1m QH_GATEWAY_RATE_LIMITS_PER_USER=1000000/1m \
  QH_GATEWAY_RATE_LIMITS_RULES_CREDENTIALS_LIMIT=1000000/1m \
  exec "$JAVA" @launcher/jvm.options -cp "$LAUNCHER_CLASSPATH" com.qh.launcher.Launcher >"$log" 2>&1) &
launcher=$!
for _ in $(seq 1 1500); do
  grep -q -e 'QH is ready' -e 'did not start' "$log" && break
  kill -0 "$launcher" 2>/dev/null || break
  sleep 0.2
done
grep -q 'QH is ready' "$log" || { echo "The platform did not start; see $log" >&2; exit 1; }
grep -o 'ready in .*' "$log" | head -1

pid_on() { ss -Hltnp "sport = :$1" | grep -o 'pid=[0-9]*' | head -1 | cut -d= -f2; }
gateway=$(pid_on 8080)
echo "load: $(cut -d' ' -f1-3 /proc/loadavg); gateway pid $gateway: $(tr '\0' ' ' < /proc/$gateway/cmdline | grep -o -- '-cp [^ :]*' )"
if [ -n "${JFR:-}" ]; then
  "$(dirname "$JAVA")/jcmd" "$gateway" JFR.start name=bench settings=profile filename="$JFR" >/dev/null
fi
if [ "${GENERATOR:-java}" = wrk ]; then
  command -v wrk >/dev/null || { echo "wrk is not installed (apt-get install wrk)" >&2; exit 1; }
  email="bench-wrk-$(date +%s%N)@example.org"
  password=Bench-passphrase-7c1e
  curl -sf -o /dev/null -X POST http://127.0.0.1:8080/api/v1/auth/register -H 'Content-Type: application/json' \
    -d "{\"email\":\"$email\",\"password\":\"$password\",\"displayName\":\"Bench\",\"locale\":\"en\"}"
  token=$(curl -sf -X POST http://127.0.0.1:8080/api/v1/auth/login -H 'Content-Type: application/json' \
    -d "{\"email\":\"$email\",\"password\":\"$password\"}" | sed -n 's/.*"accessToken":"\([^"]*\)".*/\1/p')
  [ -n "$token" ] || { echo "Could not sign in" >&2; exit 1; }
  auth=(-H "Authorization: Bearer $token")
  cpu_ticks() { awk '{print $14 + $15}' "/proc/$1/stat"; }
  busy_ticks() { awk '/^cpu / {print $2 + $3 + $4 + $7 + $8 + $9}' /proc/stat; }
  # CPU per request of the gateway, the service, the launcher (which relays every app's log lines) and the whole
  # machine (wrk, PostgreSQL and anything else included) over one phase: "g s l m" in microseconds.
  per_request() { awk -v hz="$hz" -v n="$5" -v g="$1" -v s="$2" -v l="$3" -v m="$4" \
    'BEGIN { f = 1e6 / hz / n; printf "%.0f %.0f %.0f %.0f\n", g * f, s * f, l * f, m * f }'; }
  snapshot() { echo "$(cpu_ticks "$gateway") $(cpu_ticks "$1") $(cpu_ticks "$launcher") $(busy_ticks)"; }
  hz=$(getconf CLK_TCK)
  # wrk's figures: requests, req/s and p99 in ms.
  measure() {
    wrk -t2 -c"$clients" -d"${seconds}s" --latency "${auth[@]}" "$1" | awk '
      / requests in / { requests = $1 }
      /^Requests\/sec:/ { rate = $2 }
      /^ +99%/ { v = $2; unit = v; sub(/[0-9.]+/, "", unit); sub(/[a-z]+$/, "", v);
                 p99 = (unit == "us") ? v / 1000 : (unit == "s") ? v * 1000 : v }
      END { printf "%d %.1f %.1f\n", requests, rate, p99 }'
  }
  # The gateway JVM has just started: let the JIT compile its request path before any CPU is counted.
  for path in /api/v1/auth/me /api/v1/profile; do
    wrk -t2 -c"$clients" -d"${WARMUP:-15}s" "${auth[@]}" "http://127.0.0.1:8080$path" >/dev/null
  done
  echo "| scenario | clients | seconds | requests | req/s | p99 ms |"
  echo "|---|---|---|---|---|---|"
  summary=()
  for scenario in ${scenarios//,/ }; do
    case $scenario in
      me) path=/api/v1/auth/me; service=http://127.0.0.1:8081 ;;
      profile) path=/api/v1/profile; service=http://127.0.0.1:8082 ;;
      *) echo "Unknown scenario $scenario" >&2; exit 1 ;;
    esac
    service_pid=$(pid_on "${service##*:}")
    read -r g0 s0 l0 m0 < <(snapshot "$service_pid")
    read -r via_n via_rate via_p99 < <(measure "http://127.0.0.1:8080$path")
    read -r g1 s1 l1 m1 < <(snapshot "$service_pid")
    read -r direct_n direct_rate direct_p99 < <(measure "$service$path")
    read -r g2 s2 l2 m2 < <(snapshot "$service_pid")
    read -r via_g via_s via_l via_m < <(per_request $((g1 - g0)) $((s1 - s0)) $((l1 - l0)) $((m1 - m0)) "$via_n")
    read -r _ direct_s direct_l direct_m < <(per_request $((g2 - g1)) $((s2 - s1)) $((l2 - l1)) $((m2 - m1)) "$direct_n")
    before=$g0 after=$g1
    echo "| GET $path via gateway | $clients | $seconds | $via_n | $via_rate | $via_p99 |"
    echo "| GET $path direct | $clients | $seconds | $direct_n | $direct_rate | $direct_p99 |"
    summary+=("$(awk -v p="$path" -v vr="$via_rate" -v dr="$direct_rate" -v vp="$via_p99" -v dp="$direct_p99" \
      -v ticks=$((after - before)) -v hz="$hz" -v n="$via_n" -v s="$seconds" 'BEGIN {
      printf "%s: via gateway %.0f%% of direct throughput, p99 %.2fx direct, gateway CPU %.0f us per proxied request (%.2f cores busy)",
        p, 100 * vr / dr, vp / dp, ticks / hz * 1e6 / n, ticks / hz / s }')")
    summary+=("  CPU us per request via gateway: gateway $via_g, service $via_s, launcher $via_l, machine $via_m; direct: service $direct_s, launcher $direct_l, machine $direct_m")
  done
  echo
  printf '%s\n' "${summary[@]}"
else
  "$JAVA" -cp "$bench/bench/target/classes" com.qh.bench.GatewayCostBench http://127.0.0.1:8080 \
    http://127.0.0.1:8081 http://127.0.0.1:8082 "$clients" "$seconds" "$gateway" "$scenarios"
fi
if [ -n "${JFR:-}" ]; then
  "$(dirname "$JAVA")/jcmd" "$gateway" JFR.stop name=bench >/dev/null
  echo "JFR: $JFR"
fi
echo "load: $(cut -d' ' -f1-3 /proc/loadavg)"
