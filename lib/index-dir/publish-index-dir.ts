import fs from "node:fs";
import path from "node:path";
import { loadManifest, SEGMENTS_DIR, segmentDir } from "./index-manifest";

/**
 * Atomic index builds. `out` (e.g. data/index) is a symlink to one finished build in a sibling
 * folder `.<name>-builds/`. A build is written to `<id>.tmp`, renamed to `<id>` when complete, and
 * then the link is replaced with rename(2), which is atomic: a reader sees the old index or the
 * new one, never half of either. A build that fails or is killed leaves the old link untouched.
 * A build folder holds only its manifest; the segments it lists live in `segments/` beside the
 * builds, written as `<id>.tmp` and renamed when complete. Publishing drops the builds older than
 * the previous one and every segment neither of those two lists (a killed run's debris included).
 */

export function buildsDirFor(out: string): string {
  return path.join(path.dirname(out), `.${path.basename(out)}-builds`);
}

let serial = 0;

/** Unique per process and call; ends with the pid so that a .tmp folder names its owner. */
export function newBuildId(): string {
  const time = new Date().toISOString().replace(/[-:.]/g, "").slice(0, 15);
  return `${time}-${serial++}-${process.pid}`;
}

/** Creates the temporary folder a new segment is written into. */
export function createSegmentDir(out: string): { id: string; tmpDir: string } {
  const id = newBuildId();
  const tmpDir = path.join(buildsDirFor(out), SEGMENTS_DIR, `${id}.tmp`);
  fs.mkdirSync(tmpDir, { recursive: true });
  return { id, tmpDir };
}

export function finishSegmentDir(tmpDir: string): void {
  fs.renameSync(tmpDir, tmpDir.replace(/\.tmp$/, ""));
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

/** The segment folders a build's manifest lists (none for a foreign or unreadable build). */
function listedSegments(buildDir: string): string[] {
  try {
    return loadManifest(buildDir).segments.map((s) => segmentDir(buildDir, s.id));
  } catch {
    return [];
  }
}

function removeOldBuilds(out: string, keep: (string | null)[]): void {
  const builds = buildsDirFor(out);
  const segments = path.join(builds, SEGMENTS_DIR);
  const kept = new Set(keep.flatMap((dir) => (dir ? listedSegments(dir) : [])));
  removeExcept(segments, kept);
  const lock = path.join(builds, "index.lock");
  removeExcept(builds, new Set([...keep.filter((d) => d !== null), segments, lock]));
}

function removeExcept(parent: string, keep: ReadonlySet<string>): void {
  if (!fs.existsSync(parent)) return;
  for (const name of fs.readdirSync(parent)) {
    const dir = path.join(parent, name);
    // Another build may be writing its .tmp folder now; one whose process died (SIGKILL) is debris.
    if (keep.has(dir) || (name.endsWith(".tmp") && isBuildRunning(name))) continue;
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

/** Removes a failed build's temporary folder. */
export function discardBuildDir(tmpDir: string): void {
  fs.rmSync(tmpDir, { recursive: true, force: true });
}
