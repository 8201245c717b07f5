#!/usr/bin/env bash
# The intake benchmark: one production-shaped node (postgres profile under row-level security, Redis timers, the
# Elasticsearch index, RS256 tokens) against the local PostgreSQL, Redis and Elasticsearch, driven over HTTP by the
# load generator in the same JVM (its own CPU reported apart): staff creates at concurrency 4 and 16, the web form,
# and a mixed workload. Results in BENCHMARKS.md.
# Usage: deploy/benchmark/intake.sh [workloads=staff,web,mixed (and idle, search, soak, steady)] [requests=5000] [warmup=2000] [rounds=3]
#        [seed=0] [stack=production|embedded]
# The steady workload sends staff creates at a fixed rate, -Dbench.rate (200/s), open loop, 16 clients.
# The search workload runs -Dbench.searches (200) searches per round (BENCH_JAVA_OPTS="-Dbench.searches=1000").
# stack=embedded runs the embedded default instead (H2 file database, in-process timers, database search): no services.
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
cd "$ROOT"
source deploy/local/java-home.sh
case " $* " in
  *" stack=embedded "*) ;;
  *) deploy/local/services.sh start ;;
esac
./mvnw -B -q -o -DskipTests install 2>/dev/null || ./mvnw -B -q -DskipTests install
CP="$(./mvnw -B -q -o -pl deploy/server dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile=/dev/stdout)"
exec "$JAVA_HOME/bin/java" -Xmx1g -XX:+UseG1GC -Dcomplaints.test.plugins-dir=deploy/server/target/plugins ${BENCH_JAVA_OPTS:-} \
  -cp "deploy/server/target/test-classes:deploy/server/target/classes:$CP" \
  com.complaints.server.benchmark.IntakeBenchmark "$@"
