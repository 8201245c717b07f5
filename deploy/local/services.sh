#!/usr/bin/env bash
# Starts (or stops) the services the integration tests talk to, on machines without a Docker engine:
#   PostgreSQL and Redis from the OS packages, Elasticsearch from Maven Central's integ-test zip, Keycloak from Maven
#   Central's keycloak-quarkus-dist zip (dev-file database, the realm of deploy/keycloak imported).
# Usage: deploy/local/services.sh start|stop|status
# Each service that is already running is left alone. Where a service cannot be started here but a Docker engine
# runs, the tests start it with Testcontainers instead.
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
source "$ROOT/deploy/local/java-home.sh"

PG_HOST="${COMPLAINTS_TEST_PG_HOST:-127.0.0.1}"
PG_PORT="${COMPLAINTS_TEST_PG_PORT:-5432}"
REDIS_PORT="${COMPLAINTS_TEST_REDIS_PORT:-6379}"
ES_PORT="${COMPLAINTS_TEST_ES_PORT:-9200}"
ES_VERSION="$(sed -n 's:.*<elasticsearch.server.version>\(.*\)</elasticsearch.server.version>.*:\1:p' "$ROOT/pom.xml" | head -1)"
# outside the work tree, so that the unprivileged elasticsearch user can reach it wherever the clone lives
LOCAL_DIR="${COMPLAINTS_LOCAL_SERVICES_DIR:-/var/tmp/complaint-platform}"
ES_HOME="$LOCAL_DIR/elasticsearch-$ES_VERSION"
ES_USER="${COMPLAINTS_ES_USER:-elasticsearch}"
KC_VERSION="$(sed -n 's:.*<keycloak.server.version>\(.*\)</keycloak.server.version>.*:\1:p' "$ROOT/pom.xml" | head -1)"
KC_PORT="${COMPLAINTS_TEST_KEYCLOAK_PORT:-8180}"
KC_MANAGEMENT_PORT="${COMPLAINTS_TEST_KEYCLOAK_MANAGEMENT_PORT:-9180}"
KC_HOME="$LOCAL_DIR/keycloak-$KC_VERSION"
KC_REALM="$ROOT/deploy/keycloak/complaints-realm.json"

log() { printf '[services] %s\n' "$*"; }
docker_available() { command -v docker >/dev/null 2>&1 && docker info >/dev/null 2>&1; }
give_up() {
  if docker_available; then
    log "$1 — a Docker engine runs here, so the tests will start it with Testcontainers"
  else
    log "ERROR: $1"
    exit 1
  fi
}

pg_up() { pg_isready -q -h "$PG_HOST" -p "$PG_PORT" 2>/dev/null; }
redis_up() { (exec 3<>"/dev/tcp/127.0.0.1/$REDIS_PORT" && printf 'PING\r\n' >&3 && head -c 5 <&3 | grep -q PONG) 2>/dev/null; }
kc_up() { curl -fsS "http://127.0.0.1:$KC_MANAGEMENT_PORT/health/ready" >/dev/null 2>&1 \
  && curl -fsS "http://127.0.0.1:$KC_PORT/realms/complaints/.well-known/openid-configuration" >/dev/null 2>&1; }
es_up() { curl -fsS "http://127.0.0.1:$ES_PORT/_cluster/health?wait_for_status=yellow&timeout=1s" >/dev/null 2>&1; }

start_postgres() {
  if pg_up; then log "PostgreSQL is up at $PG_HOST:$PG_PORT"; return; fi
  if command -v pg_ctlcluster >/dev/null 2>&1 && [ -d /etc/postgresql ]; then
    log "starting PostgreSQL"
    pg_ctlcluster --skip-systemctl-redirect "$(ls /etc/postgresql | sort -V | tail -1)" main start || true
    for _ in $(seq 1 30); do pg_up && break; sleep 1; done
  fi
  pg_up && log "PostgreSQL is up at $PG_HOST:$PG_PORT" || give_up "PostgreSQL is not running at $PG_HOST:$PG_PORT and cannot be started here (install the postgresql package)"
}

start_redis() {
  if redis_up; then log "Redis is up at 127.0.0.1:$REDIS_PORT"; return; fi
  if command -v redis-server >/dev/null 2>&1; then
    log "starting Redis"
    mkdir -p /var/lib/redis /var/log/redis 2>/dev/null || true
    redis-server --daemonize yes --bind 127.0.0.1 -::1 --port "$REDIS_PORT" --save "" --appendonly no \
      --dir /var/lib/redis --logfile /var/log/redis/ci.log || true
    for _ in $(seq 1 20); do redis_up && break; sleep 0.5; done
  fi
  redis_up && log "Redis is up at 127.0.0.1:$REDIS_PORT" || give_up "Redis is not running at 127.0.0.1:$REDIS_PORT and cannot be started here (install the redis-server package)"
}

install_elasticsearch() {
  [ -x "$ES_HOME/bin/elasticsearch" ] && return
  log "fetching Elasticsearch $ES_VERSION (integ-test zip) from Maven Central"
  mkdir -p "$LOCAL_DIR/downloads"
  (cd "$ROOT" && ./mvnw -B -q dependency:copy \
    -Dartifact="org.elasticsearch.distribution.integ-test-zip:elasticsearch:$ES_VERSION:zip" \
    -DoutputDirectory="$LOCAL_DIR/downloads")
  rm -rf "$ES_HOME.tmp" && mkdir -p "$ES_HOME.tmp"
  (cd "$ES_HOME.tmp" && "$JAVA_HOME/bin/jar" xf "$LOCAL_DIR/downloads/elasticsearch-$ES_VERSION.zip")
  mv "$ES_HOME.tmp/elasticsearch-$ES_VERSION" "$ES_HOME" && rm -rf "$ES_HOME.tmp"
  chmod +x "$ES_HOME"/bin/*
  cat >> "$ES_HOME/config/elasticsearch.yml" <<YML
cluster.name: complaint-platform-test
node.name: local
discovery.type: single-node
network.host: 127.0.0.1
http.port: $ES_PORT
path.data: $ES_HOME/data
path.logs: $ES_HOME/logs
# a local test node: plain HTTP, no security auto-configuration
xpack.security.enabled: false
YML
}

start_elasticsearch() {
  if es_up; then log "Elasticsearch is up at 127.0.0.1:$ES_PORT"; return; fi
  if [ "$(id -u)" -ne 0 ] && [ "$(id -un)" != "$ES_USER" ]; then
    give_up "Elasticsearch is not running at 127.0.0.1:$ES_PORT; start it as a non-root user or run this script as root"
    return
  fi
  install_elasticsearch
  if [ "$(id -u)" -eq 0 ]; then
    id "$ES_USER" >/dev/null 2>&1 || useradd --system --no-create-home --shell /usr/sbin/nologin "$ES_USER"
    chown -R "$ES_USER" "$ES_HOME"
    chmod o+rx "$LOCAL_DIR"
    run_as=(runuser -u "$ES_USER" --)
  else
    run_as=()
  fi
  log "starting Elasticsearch $ES_VERSION (heap 512m) as $ES_USER"
  "${run_as[@]}" env -u JAVA_HOME ES_JAVA_HOME="$JAVA_HOME" ES_JAVA_OPTS="-Xms512m -Xmx512m" \
    "$ES_HOME/bin/elasticsearch" -d -p "$ES_HOME/elasticsearch.pid" > "$LOCAL_DIR/elasticsearch-start.log" 2>&1
  for _ in $(seq 1 90); do es_up && break; sleep 1; done
  es_up && log "Elasticsearch is up at 127.0.0.1:$ES_PORT" || {
    tail -n 40 "$ES_HOME/logs/complaint-platform-test.log" 2>/dev/null | cut -c1-300 || true
    give_up "Elasticsearch did not come up at 127.0.0.1:$ES_PORT (log: $ES_HOME/logs)"
  }
}

stop_elasticsearch() {
  if [ -f "$ES_HOME/elasticsearch.pid" ]; then
    log "stopping Elasticsearch"
    kill "$(cat "$ES_HOME/elasticsearch.pid")" 2>/dev/null || true
    rm -f "$ES_HOME/elasticsearch.pid"
  fi
}

install_keycloak() {
  [ -x "$KC_HOME/bin/kc.sh" ] && return
  log "fetching Keycloak $KC_VERSION (keycloak-quarkus-dist zip) from Maven Central"
  mkdir -p "$LOCAL_DIR/downloads"
  (cd "$ROOT" && ./mvnw -B -q dependency:copy \
    -Dartifact="org.keycloak:keycloak-quarkus-dist:$KC_VERSION:zip" -DoutputDirectory="$LOCAL_DIR/downloads")
  rm -rf "$KC_HOME.tmp" && mkdir -p "$KC_HOME.tmp"
  (cd "$KC_HOME.tmp" && "$JAVA_HOME/bin/jar" xf "$LOCAL_DIR/downloads/keycloak-quarkus-dist-$KC_VERSION.zip")
  mv "$KC_HOME.tmp/keycloak-$KC_VERSION" "$KC_HOME" && rm -rf "$KC_HOME.tmp"
  chmod +x "$KC_HOME"/bin/*.sh
  # the build step once (about 25 s), so that every start is an optimized one
  log "building Keycloak's configuration (dev-file database, health and metrics)"
  "$KC_HOME/bin/kc.sh" build --db=dev-file --health-enabled=true --metrics-enabled=true > "$LOCAL_DIR/keycloak-build.log" 2>&1
}

start_keycloak() {
  if kc_up; then log "Keycloak is up at http://localhost:$KC_PORT"; return; fi
  install_keycloak
  # the realm is imported when Keycloak starts on an empty database; a changed realm file starts it on a new one
  mkdir -p "$KC_HOME/data/import"
  local sum; sum="$(sha256sum "$KC_REALM" | cut -c1-64)"
  if [ "$(cat "$KC_HOME/data/import/.realm.sha256" 2>/dev/null)" != "$sum" ]; then
    log "importing the realm of deploy/keycloak into a new Keycloak database"
    rm -rf "$KC_HOME/data/h2"
    cp "$KC_REALM" "$KC_HOME/data/import/complaints-realm.json"
    echo "$sum" > "$KC_HOME/data/import/.realm.sha256"
  fi
  log "starting Keycloak $KC_VERSION on port $KC_PORT (heap 512m)"
  # its own session (setsid), so that stopping it stops the whole group, and no descriptor of this script held open
  KC_BOOTSTRAP_ADMIN_USERNAME="${COMPLAINTS_TEST_KEYCLOAK_ADMIN:-admin}" \
    KC_BOOTSTRAP_ADMIN_PASSWORD="${COMPLAINTS_TEST_KEYCLOAK_ADMIN_PASSWORD:-admin}" \
    JAVA_OPTS_KC_HEAP="-Xms128m -Xmx512m" \
    setsid nohup "$KC_HOME/bin/kc.sh" start --optimized --http-enabled=true --http-host=127.0.0.1 --http-port="$KC_PORT" \
      --hostname="http://localhost:$KC_PORT" --http-management-port="$KC_MANAGEMENT_PORT" --import-realm \
      > "$LOCAL_DIR/keycloak.log" 2>&1 < /dev/null &
  echo $! > "$KC_HOME/keycloak.pid"
  for _ in $(seq 1 120); do kc_up && break; sleep 1; done
  kc_up && log "Keycloak is up at http://localhost:$KC_PORT" || {
    tail -n 30 "$LOCAL_DIR/keycloak.log" | cut -c1-300 || true
    give_up "Keycloak did not come up at http://localhost:$KC_PORT (log: $LOCAL_DIR/keycloak.log)"
  }
}

stop_keycloak() {
  if [ -f "$KC_HOME/keycloak.pid" ]; then
    log "stopping Keycloak"
    kill -TERM -- "-$(cat "$KC_HOME/keycloak.pid")" 2>/dev/null || true
    rm -f "$KC_HOME/keycloak.pid"
  fi
}

case "${1:-start}" in
  start) start_postgres; start_redis; start_elasticsearch; start_keycloak ;;
  stop) stop_elasticsearch; stop_keycloak ;;
  status)
    pg_up && log "PostgreSQL up" || log "PostgreSQL down"
    redis_up && log "Redis up" || log "Redis down"
    es_up && log "Elasticsearch up" || log "Elasticsearch down"
    kc_up && log "Keycloak up" || log "Keycloak down" ;;
  *) echo "usage: $0 start|stop|status" >&2; exit 2 ;;
esac
