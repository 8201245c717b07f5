#!/usr/bin/env bash
# Starts (or stops) the services the integration tests talk to, on machines without a Docker engine:
#   PostgreSQL and Redis from the OS packages, Elasticsearch from Maven Central's integ-test zip.
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

case "${1:-start}" in
  start) start_postgres; start_redis; start_elasticsearch ;;
  stop) stop_elasticsearch ;;
  status)
    pg_up && log "PostgreSQL up" || log "PostgreSQL down"
    redis_up && log "Redis up" || log "Redis down"
    es_up && log "Elasticsearch up" || log "Elasticsearch down" ;;
  *) echo "usage: $0 start|stop|status" >&2; exit 2 ;;
esac
