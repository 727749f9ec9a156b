#!/usr/bin/env bash
# Makes sure the browser tests can run: Debian's chromium and a CJK font (without one, Chinese
# renders as boxes). On a Debian machine as root it installs what is missing; elsewhere it says
# what to install and fails.
set -euo pipefail

missing=()
[ -x /usr/bin/chromium ] || missing+=(chromium)
if ! fc-list 2>/dev/null | grep -qi "wenquanyi\|wqy"; then missing+=(fonts-wqy-zenhei); fi
[ ${#missing[@]} -eq 0 ] && exit 0

if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then
  echo "Browser tests need: ${missing[*]}. Installing them with apt-get (Debian, running as root)…"
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq
  apt-get install -y -qq "${missing[@]}" >/dev/null
  echo "Installed: ${missing[*]}."
else
  echo "Browser tests need these Debian packages: ${missing[*]}." >&2
  echo "Install them first, e.g.: sudo apt-get install -y ${missing[*]}" >&2
  exit 1
fi
