/**
 * Debian's Chromium for the browser tests, the screenshots and bench:http (`npx playwright
 * install` cannot work here): its path and the flags of a quiet, sandbox-free headless run.
 */
export const CHROMIUM_PATH = "/usr/bin/chromium";

export const CHROMIUM_ARGS = [
  "--no-sandbox",
  "--disable-gpu",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
  "--no-first-run",
];
