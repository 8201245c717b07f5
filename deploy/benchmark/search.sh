#!/usr/bin/env bash
# The search benchmark: bulk indexing of 1,000,000 generated cases of 100 tenants (Zipf sizes, Chinese and English
# texts), search and trends latency for the largest tenant at concurrency 4, and index lag while intake runs at
# 200 cases/s — against the local PostgreSQL, Redis and Elasticsearch (heap 512 MB).
# Usage: deploy/benchmark/search.sh [cases=1000000] [rate=200] [seconds=60] [queries=400]
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
cd "$ROOT"
source deploy/local/java-home.sh
deploy/local/services.sh start
./mvnw -B -q -DskipTests install
CP="$(./mvnw -B -q -pl deploy/server dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile=/dev/stdout)"
exec "$JAVA_HOME/bin/java" -Xmx1g -XX:+UseG1GC \
  -cp "deploy/server/target/test-classes:deploy/server/target/classes:$CP" \
  com.complaints.server.benchmark.SearchBenchmark "$@"
