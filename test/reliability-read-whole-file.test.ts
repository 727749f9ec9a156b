import { randomBytes } from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { readWholeFile, readWholeTextFile } from "../lib/index-dir/read-whole-file";
import { makeTempDir } from "./temp-dirs";

const dir = makeTempDir("read");

/** How many event-loop turns pass while `task` runs on a loop kept busy like a loaded server
 * (every turn does 3 ms of synchronous work, as a request handler would). */
async function turnsDuring(task: () => Promise<unknown>): Promise<number> {
  let turns = 0;
  let running = true;
  const tick = () => {
    if (!running) return;
    turns++;
    for (const t = performance.now(); performance.now() - t < 3;);
    setImmediate(tick);
  };
  setImmediate(tick);
  await task();
  running = false;
  return turns;
}

describe("readWholeFile", () => {
  it("returns exactly the bytes of empty, small and multi-megabyte files, and text as UTF-8", async () => {
    for (const [name, data] of [
      ["empty", Buffer.alloc(0)],
      ["small", Buffer.from("索引")],
      ["big", randomBytes(24 * 2 ** 20 + 7)],
    ] as const) {
      const file = path.join(dir, name);
      fs.writeFileSync(file, data);
      expect((await readWholeFile(file)).equals(data)).toBe(true);
    }
    fs.writeFileSync(path.join(dir, "text"), "中文，English ✓");
    expect(await readWholeTextFile(path.join(dir, "text"))).toBe("中文，English ✓");
  });

  it("reads a large file in a handful of event-loop turns, where fs.promises.readFile needs one per 512 KiB", async () => {
    const file = path.join(dir, "turns");
    fs.writeFileSync(file, randomBytes(32 * 2 ** 20));
    const mine = await turnsDuring(() => readWholeFile(file));
    const chunked = await turnsDuring(() => fs.promises.readFile(file));
    // Both wait for the same disk work; the difference is the 64 chunk hops readFile makes.
    expect(chunked - mine).toBeGreaterThan(40);
  });

  it("rejects a missing file", async () => {
    await expect(readWholeFile(path.join(dir, "nope"))).rejects.toThrow(/ENOENT/);
  });
});
