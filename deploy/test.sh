#!/usr/bin/env bash
# Runs the whole test suite: unit tests (Surefire) and integration tests (*IT, Failsafe) of every module, the web
# console's unit tests (Vitest) and browser tests (ConsoleBrowserIT: Playwright driving Debian's Chromium), after
# starting what they need: PostgreSQL, Redis, Elasticsearch and Keycloak (deploy/local/services.sh), Chromium and its
# CJK font (deploy/local/browser.sh), promtool (deploy/local/tools.sh). The console is built with the machine's Node.js and npm (npm ci from the lock file).
# Then the cluster drill (deploy/cluster/chaos.sh). Extra arguments go to Maven (and leave the drill out), e.g.
# deploy/test.sh -pl deploy/server -Dit.test=TenantIsolationIT
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$ROOT"
source deploy/local/java-home.sh
deploy/local/services.sh start
deploy/local/fonts.sh
deploy/local/browser.sh
deploy/local/tools.sh
export COMPLAINTS_TEST_ES_URL="${COMPLAINTS_TEST_ES_URL:-http://127.0.0.1:${COMPLAINTS_TEST_ES_PORT:-9200}}"
# install, not only verify: the cluster drill below runs one module against the others' installed jars
./mvnw -B -T 1C install "$@"
# the cluster drill (deploy/cluster/chaos.sh, about 10 minutes) on its own, after the suite: it kills a node, flushes
# Redis and stops Elasticsearch and PostgreSQL, which the other tests use. A run with Maven arguments (one module,
# one test) leaves it out, as does COMPLAINTS_CHAOS_DRILL=false.
if [ $# -eq 0 ] && [ "${COMPLAINTS_CHAOS_DRILL:-true}" = true ]; then
  deploy/cluster/chaos.sh
fi
