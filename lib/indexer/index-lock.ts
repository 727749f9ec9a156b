import fs from "node:fs";
import path from "node:path";
import { buildsDirFor } from "../index-dir/publish-index-dir";

/**
 * One index run at a time per index: a lock file holding the owner's pid, taken with O_EXCL. A
 * lock whose process is gone (killed) is stale and taken over, so a SIGKILL never wedges the index.
 */
export function acquireIndexLock(out: string): () => void {
  const dir = buildsDirFor(out);
  fs.mkdirSync(dir, { recursive: true });
  const file = path.join(dir, "index.lock");
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      fs.writeFileSync(file, String(process.pid), { flag: "wx" });
      return () => fs.rmSync(file, { force: true });
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== "EEXIST") throw error;
      const owner = Number(fs.readFileSync(file, "utf8"));
      if (owner && isRunning(owner))
        throw new Error(
          `another index run (pid ${owner}) is updating ${out}; try again when it ends`,
        );
      fs.rmSync(file, { force: true });
    }
  }
  throw new Error(`cannot take the index lock ${file}`);
}

function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

/** acquireIndexLock, waiting up to `timeoutMs` for another run to finish. */
export async function waitForIndexLock(out: string, timeoutMs: number): Promise<() => void> {
  const until = Date.now() + timeoutMs;
  for (;;) {
    try {
      return acquireIndexLock(out);
    } catch (error) {
      if (Date.now() > until || !/another index run/.test((error as Error).message)) throw error;
      await new Promise((resolve) => setTimeout(resolve, 200));
    }
  }
}
