import { execFileSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";

const linux = fs.existsSync("/proc/self/task");
const script = path.join(import.meta.dirname, "fixtures/threads/lower-merge-priority.ts");

describe("a background merge's priority", () => {
  it.skipIf(!linux)("lowers every thread of the index process, helpers included", () => {
    const out = execFileSync(process.execPath, ["--import", "tsx", script], { encoding: "utf8" });
    const { before, after } = JSON.parse(out) as { before: number[]; after: number[] };
    // The main thread, the segmenter thread, V8's and libuv's helpers: many threads, all lowered.
    expect(after.length).toBeGreaterThan(4);
    expect(before.every((n) => n === before[0])).toBe(true);
    expect(after.every((n) => n > before[0]!)).toBe(true);
  });
});
