#!/usr/bin/env bash
# Makes sure the tests that start their own servers can run: Debian's postgresql-15 server
# binaries (initdb, postgres) for the store tests, and nginx for the cluster tests
# (test/e2e/cluster-failover.test.ts, npm run test:cluster). On a Debian machine as root it
# installs what is missing, starting neither package's own service (the tests start their own);
# elsewhere it prints the command and fails, and those tests skip with that reason.
set -euo pipefail

missing=()
ls /usr/lib/postgresql/*/bin/initdb /usr/lib/postgresql/*/bin/postgres >/dev/null 2>&1 ||
  missing+=(postgresql-15)
[ -x /usr/sbin/nginx ] || missing+=(nginx)
[ ${#missing[@]} -eq 0 ] && exit 0

if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then
  echo "Server tests need ${missing[*]}. Installing with apt-get (Debian, running as root)…"
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq
  if [ ! -e /usr/sbin/policy-rc.d ]; then
    printf '#!/bin/sh\nexit 101\n' > /usr/sbin/policy-rc.d && chmod +x /usr/sbin/policy-rc.d
    trap 'rm -f /usr/sbin/policy-rc.d' EXIT
  fi
  apt-get install -y -qq "${missing[@]}" >/dev/null
  echo "Installed: ${missing[*]}."
else
  echo "Tests that need ${missing[*]} will be skipped." >&2
  echo "Install first, e.g.: sudo apt-get install -y ${missing[*]}" >&2
  exit 1
fi
