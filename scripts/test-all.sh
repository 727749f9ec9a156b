#!/usr/bin/env bash
# npm test: unit tests (Vitest), then browser tests in headless Chromium; ends with one line
# "N passed, N failed" summed over both.
set -uo pipefail
cd "$(dirname "$0")/.."
export NEXT_TELEMETRY_DISABLED=1
results=$(mktemp -d)

bash scripts/ensure-browser.sh || exit 1
# Not fatal: without PostgreSQL or nginx the store and cluster tests skip, saying why.
bash scripts/ensure-servers.sh || true

npx vitest run --reporter=default --reporter=json --outputFile="$results/unit.json"
unit=$?
npx vitest run --config vitest.e2e.config.ts --reporter=default --reporter=json --outputFile="$results/e2e.json"
e2e=$?

node -e '
const fs = require("fs");
let passed = 0, failed = 0, skipped = 0;
for (const f of process.argv.slice(1)) {
  try {
    const r = JSON.parse(fs.readFileSync(f, "utf8"));
    passed += r.numPassedTests; failed += r.numFailedTests; skipped += r.numPendingTests ?? 0;
    if (!r.success && r.numFailedTests === 0) failed += 1; // a suite that failed to run counts as a failure
  } catch { failed += 1; }
}
console.log(`${passed} passed, ${failed} failed` + (skipped ? `, ${skipped} skipped` : ""));
' "$results/unit.json" "$results/e2e.json"

[ $unit -eq 0 ] && [ $e2e -eq 0 ]
