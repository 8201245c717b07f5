#!/usr/bin/env bash
# The console's benchmark: a production-shaped node whose tenant holds 100,000 generated cases, measured in Debian's
# Chromium: the first screen's JavaScript (gzipped), the list of 50 rows rendered after its data arrived, and the
# time a change takes to show in another browser (100 changes). Results in BENCHMARKS.md.
# Usage: deploy/benchmark/console.sh [seed=100000] [pages=30] [changes=100]
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
cd "$ROOT"
source deploy/local/java-home.sh
deploy/local/services.sh start
deploy/local/browser.sh
./mvnw -B -q -o -DskipTests install 2>/dev/null || ./mvnw -B -q -DskipTests install
CP="$(./mvnw -B -q -o -pl deploy/server dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile=/dev/stdout)"
exec "$JAVA_HOME/bin/java" -Xmx1g -XX:+UseG1GC -Dcomplaints.test.plugins-dir=deploy/server/target/plugins ${BENCH_JAVA_OPTS:-} \
  -cp "deploy/server/target/test-classes:deploy/server/target/classes:$CP" \
  com.complaints.server.benchmark.ConsoleBenchmark "$@"
