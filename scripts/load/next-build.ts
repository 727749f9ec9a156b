import { spawnSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";

/**
 * The load test's Next build: built once when .next/BUILD_ID is missing; a warning (returned) when
 * it is older than the last commit to lib/, app/ or next.config.ts, since the server runs it.
 */
export function ensureNextBuild(root: string, log: (m: string) => void): string | null {
  if (!fs.existsSync(path.join(root, ".next", "BUILD_ID"))) {
    log(".next/BUILD_ID is missing: running next build");
    const next = path.join(root, "node_modules/.bin/next");
    if (spawnSync(next, ["build"], { cwd: root, stdio: "inherit" }).status !== 0)
      throw new Error("next build failed");
  }
  const builtAt = fs.statSync(path.join(root, ".next", "BUILD_ID")).mtimeMs / 1000;
  const changedAt = Number(
    spawnSync("git", ["log", "-1", "--format=%ct", "--", "lib", "app", "next.config.ts"], {
      cwd: root,
      encoding: "utf8",
    }).stdout.trim(),
  );
  if (changedAt <= builtAt) return null;
  return `WARNING: .next was built before the last commit to lib/, app/ or next.config.ts: the server runs the code of ${new Date(builtAt * 1000).toISOString()}`;
}
