#!/usr/bin/env bash
# The platform as a company runs it, on this one machine: PostgreSQL, Redis, Elasticsearch and Keycloak
# (deploy/local/services.sh), two platform nodes on the postgres and keycloak profiles, and HAProxy in front of them
# (Debian's package; health checks on the readiness endpoint, no stickiness: the nodes are stateless).
#
#   deploy/cluster/cluster.sh start          builds the server if needed, starts what is not running
#   deploy/cluster/cluster.sh stop           stops the nodes and the balancer it started (the services stay)
#   deploy/cluster/cluster.sh status
#   deploy/cluster/cluster.sh kill-node N    kill -9 of node N (1 or 2), for chaos drills; start brings it back
#
# The console: http://localhost:8090/console/ (sign in at Keycloak: demo-agent, demo-supervisor, demo-admin or
# operator, password changeit). Node logs (JSON, ECS): $CLUSTER_DIR/node-N.log. HAProxy's page:
# http://localhost:8404/. Prometheus (Debian's package, scraping both nodes, with deploy/observability's alert
# rules): http://localhost:9090/. A node's metrics: http://localhost:908N/actuator/prometheus.
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
cd "$ROOT"
source deploy/local/java-home.sh

CLUSTER_DIR="${COMPLAINTS_CLUSTER_DIR:-/var/tmp/complaint-platform/cluster}"
LB_PORT="${COMPLAINTS_CLUSTER_PORT:-8090}"
PROMETHEUS_PORT="${COMPLAINTS_CLUSTER_PROMETHEUS_PORT:-9090}"
NODE_PORTS=(8081 8082)
MANAGEMENT_PORTS=(9081 9082)
DB="${COMPLAINTS_CLUSTER_DB:-complaints_cluster}"
# the search index alias and the Redis timer index of this database (another cluster database has its own)
INDEX_ALIAS="${COMPLAINTS_CLUSTER_INDEX:-$(echo "$DB" | tr '_' '-')}"
PG_HOST=127.0.0.1
PG_PORT="${COMPLAINTS_TEST_PG_PORT:-5432}"
KEYCLOAK="http://localhost:${COMPLAINTS_TEST_KEYCLOAK_PORT:-8180}"
JAR=deploy/server/target/complaint-platform-server.jar
PLUGINS=deploy/server/target/plugins

log() { printf '[cluster] %s\n' "$*"; }
psql_admin() { psql -h "$PG_HOST" -p "$PG_PORT" -U "${COMPLAINTS_TEST_PG_ADMIN_USER:-postgres}" -d "${COMPLAINTS_TEST_PG_ADMIN_DB:-test}" -v ON_ERROR_STOP=1 -qAt "$@"; }
node_ready() { curl -fsS "http://127.0.0.1:${MANAGEMENT_PORTS[$1]}/actuator/health/readiness" >/dev/null 2>&1; }
node_pid() { cat "$CLUSTER_DIR/node-$(($1 + 1)).pid" 2>/dev/null || true; }
node_running() { local pid; pid="$(node_pid "$1")"; [ -n "$pid" ] && kill -0 "$pid" 2>/dev/null; }

prepare_database() {
  # the schema owner migrates (Flyway); the application connects as a role that owns nothing (row-level security)
  psql_admin <<SQL
do \$\$ begin
  if not exists (select from pg_roles where rolname = 'complaints_owner') then
    create role complaints_owner login password 'owner-secret' nosuperuser nobypassrls; end if;
  if not exists (select from pg_roles where rolname = 'complaints_app') then
    create role complaints_app login password 'app-secret' nosuperuser nobypassrls; end if;
end \$\$;
SQL
  if [ -z "$(psql_admin -c "select 1 from pg_database where datname = '$DB'")" ]; then
    log "creating the database $DB"
    psql_admin -c "create database $DB owner complaints_owner"
    psql -h "$PG_HOST" -p "$PG_PORT" -U "${COMPLAINTS_TEST_PG_ADMIN_USER:-postgres}" -d "$DB" -qAt \
      -c "grant usage on schema public to complaints_app"
  fi
}

build_if_needed() {
  if [ ! -f "$JAR" ] || [ ! -d "$PLUGINS" ]; then
    log "building the server"
    ./mvnw -B -q -DskipTests install
  fi
}

secrets_key() {
  # one platform key for both nodes (plugin secrets, the notification outbox), made once
  [ -f "$CLUSTER_DIR/secrets.key" ] || head -c 32 /dev/urandom | base64 > "$CLUSTER_DIR/secrets.key"
  cat "$CLUSTER_DIR/secrets.key"
}

start_node() {
  local i="$1" n=$(($1 + 1))
  if node_running "$i"; then log "node $n is running (pid $(node_pid "$i"))"; return; fi
  log "starting node $n on port ${NODE_PORTS[$i]} (management ${MANAGEMENT_PORTS[$i]})"
  # each node runs its own copy of the jar: a rebuild while the cluster runs does not pull it from under a node
  cp "$JAR" "$CLUSTER_DIR/node-$n.jar"
  COMPLAINTS_DB_URL="jdbc:postgresql://$PG_HOST:$PG_PORT/$DB" \
  COMPLAINTS_DB_APP_PASSWORD=app-secret COMPLAINTS_DB_OWNER_PASSWORD=owner-secret \
  COMPLAINTS_REDIS_ADDRESS="redis://127.0.0.1:${COMPLAINTS_TEST_REDIS_PORT:-6379}" \
  COMPLAINTS_OIDC_ISSUER_URI="$KEYCLOAK/realms/complaints" \
  COMPLAINTS_KEYCLOAK_URL="$KEYCLOAK" \
  COMPLAINTS_KEYCLOAK_PROVISIONER_SECRET="${COMPLAINTS_KEYCLOAK_PROVISIONER_SECRET:-dev-provisioner-secret}" \
  COMPLAINTS_SECRETS_KEY="$(secrets_key)" \
  setsid nohup "$JAVA_HOME/bin/java" -Xmx768m -jar "$CLUSTER_DIR/node-$n.jar" \
    --spring.profiles.active=postgres,keycloak \
    --server.port="${NODE_PORTS[$i]}" --management.server.port="${MANAGEMENT_PORTS[$i]}" \
    --complaints.search.elasticsearch.uris="http://127.0.0.1:${COMPLAINTS_TEST_ES_PORT:-9200}" \
    --complaints.search.index.alias="$INDEX_ALIAS" --complaints.timers.redis-key="$DB:deadline-timers" \
    --complaints.plugins.dir="$PLUGINS" \
    --complaints.attachments.directory="$CLUSTER_DIR/attachments" \
    --complaints.public-base-url="http://localhost:$LB_PORT" \
    --complaints.demo.enabled=true \
    --logging.structured.format.file=ecs --logging.file.name="$CLUSTER_DIR/node-$n.log" \
    > "$CLUSTER_DIR/node-$n.out" 2>&1 < /dev/null &
  echo $! > "$CLUSTER_DIR/node-$n.pid"
}

wait_ready() {
  local i="$1" n=$(($1 + 1))
  for _ in $(seq 1 180); do node_ready "$i" && { log "node $n is ready"; return; }; node_running "$i" || break; sleep 1; done
  tail -n 30 "$CLUSTER_DIR/node-$n.out" | cut -c1-300
  log "ERROR: node $n did not become ready (log: $CLUSTER_DIR/node-$n.out)"; exit 1
}

write_haproxy_config() {
  cat > "$CLUSTER_DIR/haproxy.cfg" <<CFG
global
    maxconn 4096
    log stdout format raw local0 info

defaults
    mode http
    log global
    option httplog
    option forwardfor
    timeout connect 3s
    timeout client 65s
    timeout server 65s
    # the live event stream (SSE) stays open: it carries a heartbeat, and the tunnel timeout bounds idle streams
    timeout tunnel 1h
    retries 2
    # a request that failed to connect goes to the other node (never a request that reached a node: not idempotent)
    option redispatch

frontend platform
    bind 127.0.0.1:$LB_PORT
    # one id per request, in the balancer's log and (X-Request-Id) in the nodes' log lines
    unique-id-format %{+X}o\ %ci:%cp_%fi:%fp_%Ts_%rt:%pid
    http-request set-header X-Request-Id %[unique-id] unless { req.hdr(X-Request-Id) -m found }
    default_backend nodes

backend nodes
    balance roundrobin
    option httpchk GET /actuator/health/readiness
    http-check expect status 200
    default-server inter 2s fall 2 rise 2 check
    # which node answered (for an operator's curl -I, and the drill puts its event stream on node 1 by it)
    http-response set-header X-Served-By %s
    server node-1 127.0.0.1:${NODE_PORTS[0]} port ${MANAGEMENT_PORTS[0]}
    server node-2 127.0.0.1:${NODE_PORTS[1]} port ${MANAGEMENT_PORTS[1]}

frontend stats
    bind 127.0.0.1:8404
    stats enable
    stats uri /
    stats refresh 5s
CFG
}

start_balancer() {
  write_haproxy_config
  if [ -f "$CLUSTER_DIR/haproxy.pid" ] && kill -0 "$(cat "$CLUSTER_DIR/haproxy.pid")" 2>/dev/null; then
    log "reloading HAProxy"
    haproxy -f "$CLUSTER_DIR/haproxy.cfg" -D -p "$CLUSTER_DIR/haproxy.pid" -sf "$(cat "$CLUSTER_DIR/haproxy.pid")"
  else
    log "starting HAProxy on port $LB_PORT"
    haproxy -f "$CLUSTER_DIR/haproxy.cfg" -D -p "$CLUSTER_DIR/haproxy.pid"
  fi
}

start_prometheus() {
  if [ -f "$CLUSTER_DIR/prometheus.pid" ] && kill -0 "$(cat "$CLUSTER_DIR/prometheus.pid")" 2>/dev/null; then
    log "Prometheus is running"; return
  fi
  cp deploy/observability/prometheus/prometheus.yml deploy/observability/prometheus/alerts.yml "$CLUSTER_DIR/"
  log "starting Prometheus on port $PROMETHEUS_PORT (the nodes' metrics and the alert rules)"
  setsid nohup prometheus --config.file="$CLUSTER_DIR/prometheus.yml" --storage.tsdb.path="$CLUSTER_DIR/prometheus-data" \
    --web.listen-address="127.0.0.1:$PROMETHEUS_PORT" > "$CLUSTER_DIR/prometheus.log" 2>&1 < /dev/null &
  echo $! > "$CLUSTER_DIR/prometheus.pid"
}

start() {
  mkdir -p "$CLUSTER_DIR/attachments"
  deploy/local/tools.sh
  deploy/local/services.sh start
  prepare_database
  build_if_needed
  # node 1 first: it migrates the schema (Flyway holds a lock, so a second node would wait, not race), then node 2
  start_node 0; wait_ready 0
  start_node 1; wait_ready 1
  start_balancer
  start_prometheus
  for _ in $(seq 1 20); do curl -fsS "http://127.0.0.1:$LB_PORT/actuator/health/readiness" >/dev/null 2>&1 && break; sleep 0.5; done
  log "the platform: http://localhost:$LB_PORT/console/ (Keycloak users: demo-agent, demo-supervisor, demo-admin, operator; password changeit)"
  log "metrics and alerts: http://localhost:$PROMETHEUS_PORT/alerts · balancer: http://localhost:8404/"
}

stop() {
  for i in 0 1; do
    if node_running "$i"; then log "stopping node $((i + 1))"; kill -TERM -- "-$(node_pid "$i")" 2>/dev/null || kill "$(node_pid "$i")"; fi
  done
  for p in haproxy prometheus; do
    if [ -f "$CLUSTER_DIR/$p.pid" ]; then
      log "stopping $p"; kill "$(cat "$CLUSTER_DIR/$p.pid")" 2>/dev/null || true; rm -f "$CLUSTER_DIR/$p.pid"
    fi
  done
  for i in 0 1; do for _ in $(seq 1 30); do node_running "$i" || break; sleep 1; done; done
}

status() {
  for i in 0 1; do
    if node_ready "$i"; then log "node $((i + 1)) ready"; elif node_running "$i"; then log "node $((i + 1)) starting"; else log "node $((i + 1)) down"; fi
  done
  curl -fsS "http://127.0.0.1:$LB_PORT/actuator/health/readiness" >/dev/null 2>&1 && log "balancer up at http://localhost:$LB_PORT" || log "balancer down"
  deploy/local/services.sh status
}

case "${1:-start}" in
  start) start ;;
  stop) stop ;;
  status) status ;;
  kill-node) i=$((${2:?node number} - 1)); log "kill -9 node $2"; kill -KILL "$(node_pid "$i")" ;;
  *) echo "usage: $0 start|stop|status|kill-node N" >&2; exit 2 ;;
esac
