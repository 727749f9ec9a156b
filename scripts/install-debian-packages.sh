#!/usr/bin/env bash
# Installs Debian packages that a kind of test needs: on a Debian machine as root with apt-get,
# starting none of their services (tests start their own servers); elsewhere it prints the
# command and fails.
#   bash scripts/install-debian-packages.sh "<which tests>" <package>…
set -euo pipefail
what=$1
shift

if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then
  echo "$what need: $*. Installing them with apt-get (Debian, running as root)…"
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq
  if [ ! -e /usr/sbin/policy-rc.d ]; then
    printf '#!/bin/sh\nexit 101\n' > /usr/sbin/policy-rc.d && chmod +x /usr/sbin/policy-rc.d
    trap 'rm -f /usr/sbin/policy-rc.d' EXIT
  fi
  apt-get install -y -qq "$@" >/dev/null
  echo "Installed: $*."
else
  echo "$what need these Debian packages: $*." >&2
  echo "Install them first, e.g.: sudo apt-get install -y $*" >&2
  exit 1
fi
