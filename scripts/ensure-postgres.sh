#!/usr/bin/env bash
# Makes sure the PostgreSQL store tests can run: the server binaries (initdb, postgres) of
# Debian's postgresql-15. On a Debian machine as root it installs them if missing; elsewhere it
# prints the command and fails, and test/pg-store.test.ts skips with that reason.
set -euo pipefail

for bin in /usr/lib/postgresql/*/bin; do
  [ -x "$bin/postgres" ] && [ -x "$bin/initdb" ] && exit 0
done

if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then
  echo "PostgreSQL tests need postgresql-15. Installing it with apt-get (Debian, running as root)…"
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq
  # The package's own cluster is not needed (tests initdb their own): do not start it.
  if [ ! -e /usr/sbin/policy-rc.d ]; then
    printf '#!/bin/sh\nexit 101\n' > /usr/sbin/policy-rc.d && chmod +x /usr/sbin/policy-rc.d
    trap 'rm -f /usr/sbin/policy-rc.d' EXIT
  fi
  apt-get install -y -qq postgresql-15 >/dev/null
  echo "Installed: postgresql-15."
else
  echo "PostgreSQL tests will be skipped: no PostgreSQL server binaries." >&2
  echo "Install them first, e.g.: sudo apt-get install -y postgresql-15" >&2
  exit 1
fi
