import { spawn } from "node:child_process";
import fs from "node:fs";

/**
 * One run of the real index CLI (`npm run index`'s scripts/index.ts) against the cluster's
 * store: XUNWEN_DATABASE_URL in `env` for the database, or `--out DIR` in `args` for a file
 * index. Its output goes to `logFile`; the result keeps what the cluster and its test read from
 * it: the exit code, the "N added" of its summary and its last lines (the reason of a failure).
 */

export interface IndexRun {
  code: number | null;
  added: number | null;
  startedAt: number;
  endedAt: number;
  /** The last lines of its output, for a failure's reason. */
  tail: string[];
}

export function runIndexCli(
  root: string,
  args: string[],
  env: Record<string, string>,
  logFile: string,
): Promise<IndexRun> {
  const startedAt = Date.now();
  const child = spawn(process.execPath, ["--import", "tsx", "scripts/index.ts", ...args], {
    cwd: root,
    env: { ...process.env, ...env },
    stdio: ["ignore", "pipe", "pipe"],
  });
  const log = fs.createWriteStream(logFile);
  let output = "";
  const keep = (chunk: Buffer) => {
    log.write(chunk);
    // Enough for the summary and an error's message; a long run's progress is not kept.
    output = (output + chunk.toString()).slice(-20_000);
  };
  child.stdout?.on("data", keep);
  child.stderr?.on("data", keep);
  return new Promise((resolve) => {
    child.on("close", (code) => {
      log.end();
      const added = /Changes: (\d+) added/.exec(output);
      const tail = output
        .split("\n")
        .map((l) => l.trim())
        .filter(Boolean)
        .slice(-6);
      resolve({
        code,
        added: added ? Number(added[1]) : null,
        startedAt,
        endedAt: Date.now(),
        tail,
      });
    });
  });
}
