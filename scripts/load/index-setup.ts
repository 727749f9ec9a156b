import { type ChildProcess, spawn } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import readline from "node:readline";
import zlib from "node:zlib";
import {
  INDEX_FORMAT_VERSION,
  loadManifest,
  MANIFEST_FILE,
  SEGMENTS_DIR,
  segmentDir,
  type IndexManifest,
} from "../../lib/index-dir/index-manifest";
import {
  buildsDirFor,
  createBuildDir,
  currentBuildDir,
  newBuildId,
  publishBuildDir,
} from "../../lib/index-dir/publish-index-dir";

/**
 * Index builds for the load test, in the segment layout (a build folder holds only manifest.json;
 * its segments live in `<builds>/segments/`): reuse the published index of a corpus, seed it from
 * another finished index by hard-linking its segments, or build it with the real CLI; and, for
 * `--swap add`, the corpus split into a served part and the 1,000 records added during the load.
 */

export function readManifest(dir: string): IndexManifest | null {
  try {
    return loadManifest(dir);
  } catch {
    return null;
  }
}

/** The segment folders of the build `dir` (a link or a build folder) points at, all present? */
function segmentsPresent(dir: string, manifest: IndexManifest): boolean {
  const build = currentBuildDir(dir);
  return !!build && manifest.segments.every((s) => fs.existsSync(segmentDir(build, s.id)));
}

/** True for a finished index of exactly `inputs` (resolved paths) in the format this checkout reads. */
export function holdsExactly(dir: string, inputs: string[]): boolean {
  const m = readManifest(dir);
  if (!m || m.version !== INDEX_FORMAT_VERSION || m.articleCount === 0) return false;
  const want = new Set(inputs.map((p) => path.resolve(p)));
  return (
    m.inputs.length === want.size && m.inputs.every((p) => want.has(p)) && segmentsPresent(dir, m)
  );
}

function linkTree(from: string, to: string): void {
  fs.mkdirSync(to, { recursive: true });
  for (const entry of fs.readdirSync(from, { withFileTypes: true })) {
    const [src, dst] = [path.join(from, entry.name), path.join(to, entry.name)];
    if (entry.isDirectory()) linkTree(src, dst);
    else if (!fs.existsSync(dst)) {
      try {
        fs.linkSync(src, dst);
      } catch {
        fs.copyFileSync(src, dst);
      }
    }
  }
}

/**
 * Publishes the finished index `from` as a new build of `out` under a new build id: its segments
 * hard-linked into out's segment folder (segments are immutable), its manifest written last.
 */
export function publishCopyOf(from: string, out: string, note: string): string {
  const manifest = loadManifest(from);
  const fromBuild = currentBuildDir(from) ?? from;
  const segments = path.join(buildsDirFor(out), SEGMENTS_DIR);
  for (const s of manifest.segments)
    linkTree(segmentDir(fromBuild, s.id), path.join(segments, s.id));
  const buildId = newBuildId();
  const tmp = createBuildDir(out, buildId);
  fs.writeFileSync(
    path.join(tmp, MANIFEST_FILE),
    JSON.stringify({ ...manifest, buildId, inputs: manifest.inputs, note }, null, 2),
  );
  publishBuildDir(out, tmp);
  return buildId;
}

/** Keeps a hard-linked copy of the index `out` serves now in `seedDir` (a build folder + segments beside it). */
export function saveSeed(out: string, seedDir: string): void {
  fs.rmSync(path.dirname(seedDir), { recursive: true, force: true });
  const manifest = loadManifest(out);
  const build = currentBuildDir(out)!;
  for (const s of manifest.segments)
    linkTree(segmentDir(build, s.id), path.join(path.dirname(seedDir), SEGMENTS_DIR, s.id));
  fs.mkdirSync(seedDir, { recursive: true });
  fs.copyFileSync(path.join(build, MANIFEST_FILE), path.join(seedDir, MANIFEST_FILE));
}

/** The real index CLI as one process (`args` after the script); resolves with its exit code. */
export function startIndexCli(
  root: string,
  args: string[],
  logFile: string | null,
): { child: ChildProcess; done: Promise<number | null>; startedAt: number } {
  const log = logFile ? fs.openSync(logFile, "w") : "inherit";
  const startedAt = Date.now();
  const child = spawn(process.execPath, ["--import", "tsx", "scripts/index.ts", ...args], {
    cwd: root,
    stdio: ["ignore", log, log],
  });
  const done = new Promise<number | null>((resolve) => child.on("close", (code) => resolve(code)));
  return { child, done, startedAt };
}

/**
 * Makes `out` serve an index of exactly `inputs`: the published one, else a copy of the first seed
 * that holds exactly them, else a `--rebuild` with the CLI. Says how it got there.
 */
export async function ensureIndex(
  root: string,
  out: string,
  inputs: string[],
  seeds: string[],
): Promise<string> {
  if (holdsExactly(out, inputs))
    return `reused the published build ${readManifest(out)!.buildId} of ${out}`;
  for (const seed of seeds) {
    if (!holdsExactly(seed, inputs)) continue;
    const id = publishCopyOf(seed, out, `seeded from ${seed}`);
    return `published build ${id} from the finished index ${seed} (its segments hard-linked)`;
  }
  const started = Date.now();
  const code = await startIndexCli(root, [...inputs, "--rebuild", "--out", out], null).done;
  if (code !== 0) throw new Error(`index build of ${inputs.join(" ")} failed (exit ${code})`);
  return `built with the index CLI (--rebuild) in ${((Date.now() - started) / 1000).toFixed(0)} s`;
}

export interface AddSplit {
  /** All records of the corpus but the last `count`: the index served when the load starts. */
  base: string;
  /** The last `count` records (the newest: the corpus is in date order), added during the load. */
  added: string;
  count: number;
  /** First day after the base's last record: a search `from` it finds only added articles. */
  fromDay: string;
  /** Added records dated on or after `fromDay`. */
  addedFromDay: number;
}

/** Splits `corpus` (.jsonl or .jsonl.gz) into `dir`; reuses the files when they are there. */
export async function splitForAdd(corpus: string, dir: string, count: number): Promise<AddSplit> {
  const stem = path.basename(corpus).split(/[-.]/)[0];
  const base = path.join(dir, `${stem}-base.jsonl.gz`);
  const added = path.join(dir, `${stem}-add.jsonl`);
  const info = path.join(dir, `${stem}-split.json`);
  const known = fs.existsSync(info) ? JSON.parse(fs.readFileSync(info, "utf8")) : null;
  if (
    fs.existsSync(base) &&
    fs.existsSync(added) &&
    known?.count === count &&
    known.corpus === corpus
  )
    return { base, added, count, fromDay: known.fromDay, addedFromDay: known.addedFromDay };
  fs.mkdirSync(dir, { recursive: true });
  const lines: string[] = [];
  const input = fs.createReadStream(corpus);
  const rl = readline.createInterface({
    input: corpus.endsWith(".gz") ? input.pipe(zlib.createGunzip()) : input,
    crlfDelay: Infinity,
  });
  for await (const line of rl) if (line.trim()) lines.push(line);
  if (lines.length <= count) throw new Error(`${corpus} has only ${lines.length} records`);
  const head = lines.slice(0, lines.length - count);
  const tail = lines.slice(lines.length - count);
  const day = (l: string) => String((JSON.parse(l) as { date?: unknown }).date ?? "").slice(0, 10);
  const lastBase = head.map(day).sort().at(-1)!;
  const next = new Date(`${lastBase}T00:00:00Z`);
  next.setUTCDate(next.getUTCDate() + 1);
  const fromDay = next.toISOString().slice(0, 10);
  const addedFromDay = tail.filter((l) => day(l) >= fromDay).length;
  fs.writeFileSync(base, zlib.gzipSync(`${head.join("\n")}\n`, { level: 1 }));
  fs.writeFileSync(added, `${tail.join("\n")}\n`);
  fs.writeFileSync(info, JSON.stringify({ corpus, count, fromDay, addedFromDay }));
  return { base, added, count, fromDay, addedFromDay };
}
