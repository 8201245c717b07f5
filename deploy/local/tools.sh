#!/usr/bin/env bash
# The operations tools the cluster script and the tests use, from Debian's packages: HAProxy (the local cluster's
# balancer) and Prometheus (its promtool checks the alert rules; the server scrapes the local cluster).
set -euo pipefail
missing=()
command -v haproxy >/dev/null 2>&1 || missing+=(haproxy)
command -v promtool >/dev/null 2>&1 || missing+=(prometheus)
if [ ${#missing[@]} -gt 0 ]; then
  echo "[tools] installing ${missing[*]} (Debian packages)"
  export DEBIAN_FRONTEND=noninteractive
  apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null 2>&1 \
    || { apt-get update -qq >/dev/null && apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null; }
  # the package's own service is not wanted: the cluster script starts Prometheus with its configuration
  (service prometheus stop || pkill -x prometheus || true) >/dev/null 2>&1
fi
