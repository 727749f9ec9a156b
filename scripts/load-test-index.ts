import { type ChildProcess, spawn } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { loadManifest, MANIFEST_FILE, type IndexManifest } from "../lib/index-dir/index-manifest";
import {
  createBuildDir,
  currentBuildDir,
  newBuildId,
  publishBuildDir,
} from "../lib/index-dir/publish-index-dir";
import { INDEX_FILES, parseSearchMeta } from "../lib/search/store/index-format";

/**
 * Index builds for the load test: reuse the published one, seed it from an existing finished index
 * of the same corpus (hard links, no copy), or build it with the real CLI; and the second build the
 * server hot-swaps to, either rebuilt live during the load or rebuilt beforehand and published
 * mid-run with the same publish function the CLI uses.
 */

export function readManifest(dir: string): IndexManifest | null {
  try {
    return loadManifest(dir);
  } catch {
    return null;
  }
}

/** Hard-links (or copies across file systems) every file of `from` into `to`. */
function linkTree(from: string, to: string): void {
  fs.mkdirSync(to, { recursive: true });
  for (const entry of fs.readdirSync(from, { withFileTypes: true })) {
    const [src, dst] = [path.join(from, entry.name), path.join(to, entry.name)];
    if (entry.isDirectory()) linkTree(src, dst);
    else if (entry.name === MANIFEST_FILE)
      continue; // written fresh by the caller
    else {
      try {
        fs.linkSync(src, dst);
      } catch {
        fs.copyFileSync(src, dst);
      }
    }
  }
}

/** Publishes the finished index at `from` as a new build of `out`, under a new build id. */
export function publishCopyOf(from: string, out: string, note: string): string {
  const buildId = newBuildId();
  const tmp = createBuildDir(out, buildId);
  linkTree(from, tmp);
  const manifest = loadManifest(from);
  fs.writeFileSync(
    path.join(tmp, MANIFEST_FILE),
    JSON.stringify({ ...manifest, buildId, inputs: [...manifest.inputs, note] }, null, 2),
  );
  publishBuildDir(out, tmp);
  return buildId;
}

/** Runs the real index CLI as one process; resolves with its exit code. */
export function startIndexCli(
  root: string,
  corpus: string,
  out: string,
  logFile: string | null,
): { child: ChildProcess; done: Promise<number | null> } {
  const log = logFile ? fs.openSync(logFile, "w") : "inherit";
  const child = spawn(
    process.execPath,
    ["--import", "tsx", "scripts/index.ts", corpus, "--out", out],
    {
      cwd: root,
      stdio: ["ignore", log, log],
    },
  );
  const done = new Promise<number | null>((resolve) => child.on("close", (code) => resolve(code)));
  return { child, done };
}

/** True for a finished index of `corpus` in the search format this checkout reads. */
function builtFrom(manifest: IndexManifest | null, corpus: string, dir: string): boolean {
  if (!manifest?.inputs.includes(path.resolve(corpus))) return false;
  try {
    parseSearchMeta(JSON.parse(fs.readFileSync(path.join(dir, INDEX_FILES.meta), "utf8")), dir);
    return true;
  } catch {
    return false; // an older format: rebuild rather than start a server that cannot load it
  }
}

/** Makes sure `out` serves an index of `corpus`; says how it got there. */
export async function ensureIndex(
  root: string,
  out: string,
  corpus: string,
  seeds: string[],
): Promise<string> {
  const current = currentBuildDir(out);
  const manifest = current ? readManifest(out) : null;
  if (builtFrom(manifest, corpus, out))
    return `reused the published build ${manifest!.buildId} of ${out} (built ${manifest!.builtAt})`;
  for (const seedFrom of seeds) {
    const seed = readManifest(seedFrom);
    if (!builtFrom(seed, corpus, seedFrom)) continue;
    const id = publishCopyOf(seedFrom, out, `seeded from ${seedFrom}`);
    return `seeded build ${id} from the finished index ${seedFrom} (built ${seed!.builtAt}, hard links)`;
  }
  const started = Date.now();
  const code = await startIndexCli(root, corpus, out, null).done;
  if (code !== 0) throw new Error(`index build of ${corpus} failed (exit ${code})`);
  return `built with the index CLI in ${((Date.now() - started) / 1000).toFixed(0)} s`;
}

/** A finished rebuild of `corpus` in a staging folder (reused when it is already there). */
export async function ensureStagedRebuild(
  root: string,
  staging: string,
  corpus: string,
): Promise<string> {
  if (builtFrom(readManifest(staging), corpus, staging))
    return `reused the staged rebuild ${readManifest(staging)!.buildId} in ${staging}`;
  const started = Date.now();
  const code = await startIndexCli(root, corpus, staging, null).done;
  if (code !== 0) throw new Error(`staged rebuild of ${corpus} failed (exit ${code})`);
  return `rebuilt ${corpus} into ${staging} with the index CLI in ${((Date.now() - started) / 1000).toFixed(0)} s`;
}
