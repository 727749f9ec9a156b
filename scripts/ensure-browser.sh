#!/usr/bin/env bash
# Makes sure the browser tests can run: Debian's chromium and a CJK font (without one, Chinese
# renders as boxes). Installs what is missing (scripts/install-debian-packages.sh), or says what
# to install and fails.
set -euo pipefail

missing=()
[ -x /usr/bin/chromium ] || missing+=(chromium)
if ! fc-list 2>/dev/null | grep -qi "wenquanyi\|wqy"; then missing+=(fonts-wqy-zenhei); fi
[ ${#missing[@]} -eq 0 ] && exit 0
exec bash "$(dirname "$0")/install-debian-packages.sh" "Browser tests" "${missing[@]}"
