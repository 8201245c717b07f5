#!/usr/bin/env bash
# The deadline-timer benchmark: 1,000,000 pending timers across 100 tenants, a burst of 100,000 due at once and a
# steady stream, fired by two nodes sharing PostgreSQL and Redis, in one JVM capped at 1 GiB of heap.
# Usage: deploy/benchmark/timers.sh [pending=1000000] [burst=100000] [rate=200] [seconds=60]
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
cd "$ROOT"
source deploy/local/java-home.sh
deploy/local/services.sh start
./mvnw -B -q -DskipTests install
CP="$(./mvnw -B -q -pl deploy/server dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile=/dev/stdout)"
exec "$JAVA_HOME/bin/java" -Xmx1g -XX:+UseG1GC \
  -cp "deploy/server/target/test-classes:deploy/server/target/classes:$CP" \
  com.complaints.server.benchmark.TimerBenchmark "$@"
