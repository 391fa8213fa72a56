#!/usr/bin/env bash
# The default run's start-up (issue 22): starts the launcher with every app on a data directory of its own, waits
# until it prints that QH is ready, prints that banner (ready time since the JVM started, memory of the whole tree),
# then stops it. Run it in turns to compare isolation modes; see bench/README.md.
#
#   bench/startup.sh [isolation] [data directory]     # isolation: shared (default), classloader or process
#
# Needs a built tree (./mvnw install -DskipTests) and a JDK 21+ (JAVA_HOME, else the JDK 25 under /usr/lib/jvm,
# else java on the PATH). The first start on a fresh directory also creates the databases: not a restart's figure.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
isolation=${1:-shared}
data=${2:-/tmp/qh-startup}
java=${JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}/bin/java
[ -x "$java" ] || java=java
cd "$root"
classpath=launcher/target/launcher-classpath.txt
if [ ! -s "$classpath" ] || [ pom.xml -nt "$classpath" ]; then
  ./mvnw -q -o -pl launcher jar:jar dependency:build-classpath -Dmdep.outputFile="$root/$classpath" \
    -Dmdep.includeScope=runtime
fi
log=$(mktemp /tmp/qh-startup-XXXX.log)
QH_LAUNCHER_ISOLATION=$isolation QH_LOG_FORMAT=text QH_DATA_DIR=$data QH_HTTP_PORT=${QH_HTTP_PORT:-18080} \
  "$java" @launcher/jvm.options -cp "launcher/target/qh-launcher-0.1.0-SNAPSHOT.jar:$(cat "$classpath")" \
  com.qh.launcher.Launcher > "$log" 2>&1 &
pid=$!
status=1
for _ in $(seq 1 300); do
  if grep -q 'QH is ready in' "$log"; then status=0; break; fi
  kill -0 "$pid" 2>/dev/null || break
  sleep 1
done
grep -A1 'QH is ready in' "$log" || echo "QH did not start within 300 s: $log"
kill "$pid" 2>/dev/null || true
wait "$pid" 2>/dev/null || true
[ $status = 0 ] && rm -f "$log"
exit $status
