#!/usr/bin/env bash
# Makes sure the tests that start their own servers can run: Debian's postgresql-15 server
# binaries (initdb, postgres) for the store tests, and nginx for the cluster tests
# (test/e2e/cluster-failover.test.ts, npm run test:cluster). Installs what is missing
# (scripts/install-debian-packages.sh), or says what to install and fails; those tests then skip
# with that reason.
set -euo pipefail

missing=()
ls /usr/lib/postgresql/*/bin/initdb /usr/lib/postgresql/*/bin/postgres >/dev/null 2>&1 ||
  missing+=(postgresql-15)
[ -x /usr/sbin/nginx ] || missing+=(nginx)
[ ${#missing[@]} -eq 0 ] && exit 0
exec bash "$(dirname "$0")/install-debian-packages.sh" "Server tests" "${missing[@]}"
