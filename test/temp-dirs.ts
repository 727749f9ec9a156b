import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll } from "vitest";

/**
 * Temporary folders for the importing test file, removed when its tests are done (Vitest
 * isolates modules per file, so each file registers its own clean-up).
 */

const made: string[] = [];

afterAll(() => {
  for (const dir of made.splice(0)) fs.rmSync(dir, { recursive: true, force: true });
});

export function makeTempDir(prefix: string): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), `xunwen-${prefix}-`));
  made.push(dir);
  return dir;
}
