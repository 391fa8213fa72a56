#!/usr/bin/env bash
# Start-up time and resident memory of the launcher, for docs/benchmarks.md. Needs a built reactor
# (./mvnw -Pstart once, or ./mvnw package -DskipTests). Usage: launcher/measure-startup.sh [runs per case]
# MVN overrides how Maven is called (e.g. MVN="flock /tmp/qh-mvn.lock ./mvnw" where builds must take turns).
# Each case: a fresh data directory (first start: initdb, migrations) and then restarts on it.
set -euo pipefail
cd "$(dirname "$0")/.."
runs=${1:-3}
# A JDK 21+ (the default `java` may be older): $JAVA, else the newest under /usr/lib/jvm, else `java`.
if [ -z "${JAVA:-}" ]; then
  jdk=$(find /usr/lib/jvm -maxdepth 1 -mindepth 1 -name '*2[1-9]*' 2>/dev/null | sort | tail -1 || true)
  JAVA=${jdk:+$jdk/bin/}java
fi
${MVN:-./mvnw} -q -o -pl launcher dependency:build-classpath -Dmdep.outputFile="$PWD/launcher/target/launcher-classpath.txt" \
  -Dmdep.includeScope=runtime >/dev/null
cp="launcher/target/classes:$(cat launcher/target/launcher-classpath.txt)"
out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT

measure() { # isolation, apps, label
  local data="$out/data-$1-${2//,/-}"
  for run in $(seq 0 "$runs"); do
    local log="$out/run.log"
    QH_LOG_FORMAT=text QH_DATA_DIR="$data" QH_HTTP_PORT=18080 QH_LAUNCHER_ISOLATION="$1" QH_LAUNCHER_APPS="$2" \
      "$JAVA" @launcher/jvm.options -cp "$cp" com.qh.launcher.Launcher >"$log" 2>&1 &
    local pid=$!
    for _ in $(seq 1 600); do
      grep -q -e 'QH is ready' -e 'did not start' "$log" && break
      sleep 0.2
    done
    local ready memory
    ready=$(grep -o 'ready in [0-9.]* s' "$log" || echo 'FAILED')
    memory=$(grep -o 'memory: .*' "$log" || true)
    [ "$run" = 0 ] && kind="first start" || kind="restart $run"
    printf '%-12s %-14s %-12s %-18s %s\n' "$1" "$2" "$kind" "$ready" "$memory"
    kill -TERM "$pid"; wait "$pid" || true
  done
}

for isolation in classloader process; do
  for apps in auth auth,gateway; do
    measure "$isolation" "$apps"
  done
done
