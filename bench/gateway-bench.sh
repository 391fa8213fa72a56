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
  exec "$JAVA" -XX:+UseSerialGC -Xss512k -cp "$LAUNCHER_CLASSPATH" com.qh.launcher.Launcher >"$log" 2>&1) &
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
"$JAVA" -cp "$bench/bench/target/classes" com.qh.bench.GatewayCostBench http://127.0.0.1:8080 \
  http://127.0.0.1:8081 http://127.0.0.1:8082 "$clients" "$seconds" "$gateway" "$scenarios"
if [ -n "${JFR:-}" ]; then
  "$(dirname "$JAVA")/jcmd" "$gateway" JFR.stop name=bench >/dev/null
  echo "JFR: $JFR"
fi
echo "load: $(cut -d' ' -f1-3 /proc/loadavg)"
