#!/usr/bin/env bash
# The shared-loader experiment of docs/benchmarks.md: plain starts of the default run in turns with starts whose eight
# services share one loader. Needs a built tree (./mvnw install -DskipTests) and JDK 25; an experiment, not a product path.
set -euo pipefail
root=$(cd "$(dirname "$0")/../.." && pwd)
cd "$root"
J=${JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}/bin
work=${WORK:-/tmp/qh-shared-loader}
rm -rf "$work" && mkdir -p "$work/classes" "$work/extra" "$work/src/com/qh/launcher"
./mvnw -q -o -pl launcher jar:jar dependency:build-classpath -Dmdep.outputFile="$work/launcher-classpath.txt" -Dmdep.includeScope=runtime

# 1. Every service's classpath, the jars all eight share, and the closure of what those name.
services=$(ls -d services/*/*-service)
for s in $services; do tr ':' '\n' < "$s/target/qh-classpath.txt" | grep . | sort -u > "$work/cp-$(basename "$s").txt"; done
first=1
for f in "$work"/cp-*.txt; do
  if [ $first = 1 ]; then cp "$f" "$work/common.txt"; first=0; else comm -12 "$work/common.txt" "$f" > "$work/c" && mv "$work/c" "$work/common.txt"; fi
done
cat "$work"/cp-*.txt | sort -u > "$work/union.txt"
"$J/java" bench/shared-loader/SharedLibrariesProbe.java "$work/common.txt" "$work/union.txt" v > "$work/push-out.txt"
"$J/java" -Dpull=1 bench/shared-loader/SharedLibrariesProbe.java "$work/common.txt" "$work/union.txt" v "$work/pulled.txt" > "$work/pull-in.txt"
# gRPC keeps a JVM-wide registry of its metrics: each app keeps its own copy.
grep -v -E 'grpc|protobuf' "$work/pulled.txt" > "$work/shared.txt"
head -1 "$work/push-out.txt"; echo "shared loader: $(wc -l < "$work/shared.txt") jars"

# 2. The scratch launcher: ClassLoaderApp patched, the log converter and configuration for the shared logging.
cp launcher/src/main/java/com/qh/launcher/ClassLoaderApp.java "$work/src/com/qh/launcher/"
patch -s -d "$work/src" -p0 < <(sed 's|launcher/src/main/java/||' bench/shared-loader/ClassLoaderApp.patch)
"$J/javac" -d "$work/classes" -cp "launcher/target/classes:$(cat "$work/launcher-classpath.txt")" "$work/src/com/qh/launcher/ClassLoaderApp.java"
logback=$(tr ':' '\n' < "$work/launcher-classpath.txt" | grep -E 'logback-(classic|core)|slf4j-api' | paste -sd:)
"$J/javac" -d "$work/extra" -cp "$logback" bench/shared-loader/AppConverter.java
cp bench/shared-loader/logback-apps.xml "$work/extra/"

# 3. Starts in turns on a data directory of its own; each prints the launcher's banner.
start() { # [shared] — one start, the banner's two lines, then SIGTERM
  local props=()
  if [ "${1:-}" = shared ]; then
    props=(-Dqh.experiment.shared="$work/shared.txt" -Dqh.experiment.shared-extra="$work/extra"
           -Dorg.springframework.boot.logging.LoggingSystem=none -Dlogback.configurationFile="$work/extra/logback-apps.xml")
  fi
  QH_LOG_FORMAT=text QH_DATA_DIR="$work/data" QH_HTTP_PORT=18080 "$J/java" -XX:+UseSerialGC -Xss512k "${props[@]}" \
    -cp "$work/classes:$work/extra:launcher/target/qh-launcher-0.1.0-SNAPSHOT.jar:$(cat "$work/launcher-classpath.txt")" \
    com.qh.launcher.Launcher > "$work/start.log" 2>&1 &
  local pid=$!
  for _ in $(seq 1 300); do grep -q 'QH is ready in' "$work/start.log" && break; kill -0 $pid 2>/dev/null || break; sleep 1; done
  grep -A1 'QH is ready in' "$work/start.log" || echo "  did not start (see $work/start.log)"
  kill $pid 2>/dev/null || true; wait $pid 2>/dev/null || true
}
start >/dev/null   # the first start on fresh data creates the databases: not counted
for run in 1 2; do echo "plain, run $run"; start; echo "shared, run $run"; start shared; done
