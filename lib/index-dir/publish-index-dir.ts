import fs from "node:fs";
import path from "node:path";

/**
 * Atomic index builds. `out` (e.g. data/index) is a symlink to one finished build in a sibling
 * folder `.<name>-builds/`. A build is written to `<id>.tmp`, renamed to `<id>` when complete, and
 * then the link is replaced with rename(2), which is atomic: a reader sees the old index or the
 * new one, never half of either. A build that fails or is killed leaves the old link untouched.
 */

export function buildsDirFor(out: string): string {
  return path.join(path.dirname(out), `.${path.basename(out)}-builds`);
}

export function newBuildId(): string {
  return `${new Date().toISOString().replace(/[-:.]/g, "").slice(0, 15)}-${process.pid}`;
}

/** Creates the temporary folder a build writes into. */
export function createBuildDir(out: string, buildId: string): string {
  const dir = path.join(buildsDirFor(out), `${buildId}.tmp`);
  fs.mkdirSync(dir, { recursive: true });
  return dir;
}

/** Publishes a finished build: rename into place, swap the link, drop builds older than the previous one. */
export function publishBuildDir(out: string, tmpDir: string): string {
  const finalDir = tmpDir.replace(/\.tmp$/, "");
  fs.renameSync(tmpDir, finalDir);
  const previous = currentBuildDir(out);
  if (fs.existsSync(out) && !fs.lstatSync(out).isSymbolicLink()) {
    // An index folder from before links were used: keep it beside the builds, not in the way.
    fs.renameSync(out, path.join(buildsDirFor(out), `legacy-${Date.now()}`));
  }
  const link = `${out}.link-${process.pid}`;
  fs.rmSync(link, { force: true });
  fs.symlinkSync(path.relative(path.dirname(out), finalDir), link);
  fs.renameSync(link, out);
  removeOldBuilds(out, [finalDir, previous]);
  return finalDir;
}

/** The build the link points at now, or null. */
export function currentBuildDir(out: string): string | null {
  try {
    return fs.realpathSync(out);
  } catch {
    return null;
  }
}

/** True while the process that owns a `<time>-<pid>.tmp` build folder still runs. */
function isBuildRunning(name: string): boolean {
  const pid = Number(/-(\d+)\.tmp$/.exec(name)?.[1]);
  if (!pid) return false;
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

function removeOldBuilds(out: string, keep: (string | null)[]): void {
  const builds = buildsDirFor(out);
  for (const name of fs.readdirSync(builds)) {
    const dir = path.join(builds, name);
    // Another build may be writing its .tmp folder now; one whose process died (SIGKILL) is debris.
    if (keep.includes(dir) || (name.endsWith(".tmp") && isBuildRunning(name))) continue;
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

/** Removes a failed build's temporary folder. */
export function discardBuildDir(tmpDir: string): void {
  fs.rmSync(tmpDir, { recursive: true, force: true });
}
