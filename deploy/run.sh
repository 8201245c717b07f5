#!/usr/bin/env bash
# Builds (when needed; the web console with the machine's Node.js and npm) and starts the platform on its embedded
# default: H2 in ./data, in-process stand-ins, the development token issuer and the demo tenant, on
# http://localhost:8080 (the web console at /console/).
# Extra arguments go to the server, e.g. deploy/run.sh --server.port=9090
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$ROOT"
source deploy/local/java-home.sh
JAR=deploy/server/target/complaint-platform-server.jar
# the built-in plugins, loaded from their jars like third-party ones
PLUGINS=deploy/server/target/plugins
newest_source="$(find pom.xml */pom.xml */*/pom.xml plugins/*/*/pom.xml platform-core/src plugins/*/src plugins/examples/*/src tenant-admin/src tenant-admin/console/src tenant-admin/console/package-lock.json search/src deploy/server/src \
  -type f -newer "$JAR" -print -quit 2>/dev/null || true)"
if [ ! -f "$JAR" ] || [ ! -d "$PLUGINS" ] || [ -n "$newest_source" ]; then
  echo "[run] building the server"
  ./mvnw -B -q -DskipTests install
fi
mkdir -p data
# the CJK font of PDF reports (without it the server answers PDF requests with a problem that says so)
deploy/local/fonts.sh || true
exec "$JAVA_HOME/bin/java" -jar "$JAR" --complaints.plugins.dir="$PLUGINS" "$@"
