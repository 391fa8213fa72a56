#!/usr/bin/env bash
# The document benchmark of issue 5, for docs/benchmarks.md: starts auth, document and the gateway with the
# launcher, each in its own JVM with a small heap (-Xmx below the 100 MiB file), on a fresh data directory, with the
# abuse limits raised and the gateway ready without the services it is not given; runs DocumentBench against it,
# watching the document service's and the gateway's heap; stops everything again. Needs a built reactor
# (./mvnw -Pstart once) and bench/target/classes (./mvnw -q install -pl bench -DskipTests).
#
# Usage: bench/document-bench.sh [heap] [clients] [files of 1 MiB] [files of 100 MiB]   (defaults: 96m 1 50 5)
# JAVA picks the JDK (21+); MVN overrides how Maven is called (e.g. MVN="flock /tmp/qh-mvn.lock ./mvnw").
# Uses ports 8080-8085 and the temporary directory (up to 2 x files x 100 MiB while it runs); the launcher's log
# stays beside it as qh-document-bench.*.log.
set -euo pipefail
cd "$(dirname "$0")/.."
heap=${1:-96m}
clients=${2:-1}
small=${3:-50}
large=${4:-5}
if [ -z "${JAVA:-}" ]; then
  jdk=$(find /usr/lib/jvm -maxdepth 1 -mindepth 1 -name '*2[1-9]*' 2>/dev/null | sort | tail -1 || true)
  JAVA=${jdk:+$jdk/bin/}java
fi
[ -f bench/target/classes/com/qh/bench/DocumentBench.class ] || { echo "Build the bench first" >&2; exit 1; }
${MVN:-./mvnw} -q -o -pl launcher dependency:build-classpath \
  -Dmdep.outputFile="$PWD/launcher/target/launcher-classpath.txt" -Dmdep.includeScope=runtime >/dev/null
cp="launcher/target/classes:$(cat launcher/target/launcher-classpath.txt)"

data=$(mktemp -d "${TMPDIR:-/tmp}/qh-document-bench.XXXXXX")
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

QH_LOG_FORMAT=text QH_DATA_DIR="$data" QH_LAUNCHER_ISOLATION=process QH_LAUNCHER_APPS=auth,document,gateway \
  QH_LAUNCHER_JVM_OPTIONS="-Xmx$heap" \
  QH_AUTH_LOGIN_ATTEMPTS_PER_IP=1000000 QH_AUTH_LOGIN_ATTEMPTS_PER_ACCOUNT=1000000 \
  QH_GATEWAY_RATE_LIMITS_PER_IP=1000000/1m QH_GATEWAY_RATE_LIMITS_PER_USER=1000000/1m \
  QH_GATEWAY_RATE_LIMITS_RULES_CREDENTIALS_LIMIT=1000000/1m \
  QH_GATEWAY_SERVICES_PROFILE_HEALTH=false QH_GATEWAY_SERVICES_VACANCY_HEALTH=false \
  QH_GATEWAY_SERVICES_NOTIFICATION_HEALTH=false \
  "$JAVA" @launcher/jvm.options -cp "$cp" com.qh.launcher.Launcher >"$log" 2>&1 &
launcher=$!
for _ in $(seq 1 1500); do
  grep -q -e 'QH is ready' -e 'did not start' "$log" && break
  kill -0 "$launcher" 2>/dev/null || break
  sleep 0.2
done
grep -q 'QH is ready' "$log" || { echo "The platform did not start; see $log" >&2; exit 1; }
grep -o 'ready in .*' "$log" | head -1

# The child JVM listening on a port (process isolation: one JVM per app).
pid_on() { ss -Hltnp "sport = :$1" | grep -o 'pid=[0-9]*' | head -1 | cut -d= -f2; }
document=$(pid_on 8084)
gateway=$(pid_on 8080)
echo "load: $(cut -d' ' -f1-3 /proc/loadavg); document pid $document, gateway pid $gateway, -Xmx$heap each"
"$JAVA" -cp bench/target/classes com.qh.bench.DocumentBench http://127.0.0.1:8080 http://127.0.0.1:8084 \
  "$clients" "$small" "$large" "document=$document" "gateway=$gateway"
echo "load: $(cut -d' ' -f1-3 /proc/loadavg)"
