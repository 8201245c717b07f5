#!/usr/bin/env bash
# The cluster drill (about 10 minutes): starts the two-node stack (deploy/cluster/cluster.sh), then runs
# ClusterChaosDrill against its balancer — steady load while node 1 is killed with kill -9 and restarted, Redis is
# flushed, Elasticsearch is stopped for 60 s and PostgreSQL is restarted, with URGENT deadlines of two minutes falling
# due throughout and a webhook notifier delivering to a receiver in the test — and checks that nothing acknowledged was
# lost, the search index converged, every due timer fired once, every notification was delivered or dead-lettered, no
# request answered 500 and the event stream resumed. The figures: deploy/server/target/chaos/report.txt. It stops and
# restarts shared services: do not run it while other tests use them (deploy/test.sh runs it after the Maven build,
# on its own).
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
cd "$ROOT"
source deploy/local/java-home.sh
# a database and an index of its own, new for every drill (the demo tenant and its history seeded afresh)
export COMPLAINTS_CLUSTER_DB=complaints_chaos COMPLAINTS_CLUSTER_INDEX=complaints-chaos
deploy/cluster/cluster.sh stop
deploy/local/services.sh start
psql -h 127.0.0.1 -p "${COMPLAINTS_TEST_PG_PORT:-5432}" -U "${COMPLAINTS_TEST_PG_ADMIN_USER:-postgres}" \
  -d "${COMPLAINTS_TEST_PG_ADMIN_DB:-test}" -qAt -c "drop database if exists complaints_chaos with (force)"
ES="http://127.0.0.1:${COMPLAINTS_TEST_ES_PORT:-9200}"
for index in $(curl -fsS "$ES/_alias/complaints-chaos" 2>/dev/null | grep -o '"complaints-chaos-[^"]*"' | tr -d '"'); do
  curl -fsS -X DELETE "$ES/$index" >/dev/null
done
deploy/cluster/cluster.sh start
status=0
./mvnw -B -o verify -pl deploy/server -Dconsole.skip=true -Dit.test=ClusterChaosDrill -Dtest=none \
  -Dsurefire.failIfNoSpecifiedTests=false -Dfailsafe.failIfNoSpecifiedTests=false || status=$?
deploy/cluster/cluster.sh stop
# the services the drill stopped and restarted are left running, as the test command found them
deploy/local/services.sh start >/dev/null
exit $status
