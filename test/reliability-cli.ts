import { spawn } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { SEGMENTS_DIR } from "../lib/index-dir/index-manifest";
import { buildsDirFor } from "../lib/index-dir/publish-index-dir";
import { loadSearchEngine, type SearchEngine } from "../lib/search/store/load-search-engine";

/**
 * Runs the real index CLI (scripts/index.ts) as one Node process, so that a SIGKILL hits the build
 * itself (npx would put npm and a shell in between) and its `<time>-<pid>.tmp` folder names it.
 */

export const ROOT = path.resolve(import.meta.dirname, "..");

export interface CliRun {
  pid: number;
  code: number | null;
  signal: NodeJS.Signals | null;
  stdout: string;
  stderr: string;
}

export interface BuildProgress {
  stderr: string;
  /** Unfinished build folders and their entries. */
  tmpDirs: { name: string; entries: string[] }[];
}

/** Unfinished build folders and segment folders ("segments/<id>.tmp"). */
export function readTmpDirs(out: string): BuildProgress["tmpDirs"] {
  const builds = buildsDirFor(out);
  return [builds, path.join(builds, SEGMENTS_DIR)].flatMap((dir) =>
    fs.existsSync(dir)
      ? fs
          .readdirSync(dir)
          .filter((n) => n.endsWith(".tmp"))
          .map((n) => path.relative(builds, path.join(dir, n)))
          .map((name) => ({ name, entries: fs.readdirSync(path.join(builds, name)) }))
      : [],
  );
}

/** Runs `scripts/index.ts <inputs> --out <out>`; kills it with SIGKILL once `killWhen` holds. */
export function runIndexCli(
  inputs: string[],
  out: string,
  killWhen?: (p: BuildProgress) => boolean,
): Promise<CliRun> {
  return new Promise((resolve, reject) => {
    const child = spawn(
      process.execPath,
      ["--import", "tsx", "scripts/index.ts", ...inputs, "--out", out],
      {
        cwd: ROOT,
        stdio: ["ignore", "pipe", "pipe"],
      },
    );
    let stdout = "";
    let stderr = "";
    child.stdout.on("data", (c: Buffer) => (stdout += c.toString()));
    child.stderr.on("data", (c: Buffer) => (stderr += c.toString()));
    const poll = killWhen
      ? setInterval(() => {
          if (child.exitCode === null && killWhen({ stderr, tmpDirs: readTmpDirs(out) }))
            child.kill("SIGKILL");
        }, 5)
      : undefined;
    child.on("error", reject);
    child.on("close", (code, signal) => {
      clearInterval(poll);
      resolve({ pid: child.pid ?? 0, code, signal, stdout, stderr });
    });
  });
}

/** Loads the index the link points at, from its real folder. */
export async function loadPublished(out: string): Promise<SearchEngine> {
  return loadSearchEngine(fs.realpathSync(out));
}
