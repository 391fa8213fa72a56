#!/usr/bin/env bash
# Runs a notification benchmark of issue 6 (see bench/README.md):
#
#   bench/notification-bench.sh mail   [mails] [per minute, 0 = full speed] [kill|term|none]   # MailBench
#   bench/notification-bench.sh fanout [clients] [paced per second] [direct,gateway]          # FanOutBench
#
# Needs the machine's PostgreSQL (127.0.0.1:5432, user postgres, trust) and RabbitMQ (127.0.0.1:5672, guest), ports
# 8085 (and 8080 for fanout) and 3025 free, and the modules built:
#
#   ./mvnw -q -B package -pl bench,services/notification/notification-service,gateway -am -DskipUnitTests=true
#
# The services run from a copy of their classpath under $QH_BENCH_WORK (default /tmp/qh-bench-<bench>), so a build
# beside the run cannot change them half-way; their logs are there too. The database qh_bench_notification is made
# afresh for each run and dropped after it (QH_BENCH_KEEP_DATABASE=1 keeps it to look at).
set -euo pipefail

bench=${1:-}
case $bench in
  mail) main=com.qh.bench.MailBench ;;
  fanout) main=com.qh.bench.FanOutBench ;;
  *) echo "usage: $0 mail|fanout [arguments of MailBench or FanOutBench]" >&2; exit 2 ;;
esac
shift

root=$(cd "$(dirname "$0")/.." && pwd)
work=${QH_BENCH_WORK:-/tmp/qh-bench-$bench}
database=qh_bench_notification
jdbc_url="jdbc:postgresql://127.0.0.1:5432/$database"
export PGHOST=127.0.0.1 PGPORT=5432 PGUSER=postgres PGDATABASE=postgres

# A JDK 21 or newer: $QH_BENCH_JAVA, $JAVA_HOME, or the newest under /usr/lib/jvm.
java_version() { "$1" -XshowSettings:properties -version 2>&1 | sed -n 's/.*java.specification.version = //p'; }
java=${QH_BENCH_JAVA:-}
if [[ -z $java ]]; then
  for candidate in ${JAVA_HOME:+$JAVA_HOME/bin/java} $(ls -d /usr/lib/jvm/*/bin/java 2>/dev/null | sort -rV); do
    if [[ -x $candidate && $(java_version "$candidate") -ge 21 ]]; then java=$candidate; break; fi
  done
fi
[[ -n $java ]] || { echo "no JDK 21+ found; set QH_BENCH_JAVA" >&2; exit 1; }

require_built() {
  [[ -f $root/$1/target/qh-classpath.txt && -d $root/$1/target/classes ]] || {
    echo "$1 is not built; see the top of $0" >&2; exit 1; }
}
require_built bench
require_built services/notification/notification-service
[[ $bench == fanout ]] && require_built gateway

# Copies a module's classes and every jar of its classpath, and writes the copy's classpath to <name>/classpath.txt.
snapshot() {
  local module=$1 name=$2 dir=$work/$2 entries=() i=0 entry
  mkdir -p "$dir/lib"
  cp -r "$root/$module/target/classes" "$dir/classes"
  # The file is one line with no line break at its end, which makes read answer 1: that is not a failure.
  IFS=: read -r -a entries < "$root/$module/target/qh-classpath.txt" || true
  local classpath=$dir/classes
  for entry in "${entries[@]}"; do
    i=$((i + 1))
    cp -r "$entry" "$dir/lib/$i-$(basename "$entry")"
    classpath+=":$dir/lib/$i-$(basename "$entry")"
  done
  printf '%s\n' "$classpath" > "$dir/classpath.txt"
}

rm -rf "$work"
mkdir -p "$work"
# Under the build lock: a jar half-written by a build beside us must not be copied.
exec 9>/tmp/qh-mvn.lock
flock 9
snapshot services/notification/notification-service notification
[[ $bench == fanout ]] && snapshot gateway gateway
cp -r "$root/bench/target/classes" "$work/bench-classes"
bench_classpath="$work/bench-classes:$(cat "$root/bench/target/qh-classpath.txt")"
flock -u 9

psql -q -v ON_ERROR_STOP=1 -c "DROP DATABASE IF EXISTS $database WITH (FORCE)" -c "CREATE DATABASE $database"

load() { uptime | sed 's/.*load average/load average/'; }
echo "$(date -u +%FT%TZ) $bench on $(nproc) cores, $(load); $("$java" -version 2>&1 | head -1)"
classpaths=("$work/notification/classpath.txt")
[[ $bench == fanout ]] && classpaths+=("$work/gateway/classpath.txt")
status=0
"$java" ${QH_BENCH_JAVA_OPTIONS:-} -cp "$bench_classpath" "$main" "${classpaths[@]}" "$jdbc_url" "$@" || status=$?
echo "$(date -u +%FT%TZ) done, $(load)"

if [[ $bench == mail ]]; then
  echo
  echo "The service's own books (delivery rows by status; attempts logged per outcome; rows sent more than once):"
  psql -d "$database" -q -c "SELECT status, count(*) FROM delivery GROUP BY status ORDER BY status" \
    -c "SELECT outcome, count(*) FROM delivery_attempt GROUP BY outcome ORDER BY outcome" \
    -c "SELECT count(*) AS logged_sent_twice FROM (SELECT delivery_id FROM delivery_attempt WHERE outcome = 'SENT'
        GROUP BY delivery_id HAVING count(*) > 1) twice" || true
fi
if [[ ${QH_BENCH_KEEP_DATABASE:-0} != 1 ]]; then
  psql -q -c "DROP DATABASE IF EXISTS $database WITH (FORCE)"
fi
exit $status
