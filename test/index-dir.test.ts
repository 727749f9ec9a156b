import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { loadManifest, writeManifest } from "@/lib/index-dir/index-manifest";
import {
  createBuildDir,
  currentBuildDir,
  discardBuildDir,
  publishBuildDir,
} from "@/lib/index-dir/publish-index-dir";
import { testManifest } from "./manifest-fixtures";
import { makeTempDir } from "./temp-dirs";

function build(out: string, id: string, articleCount: number): string {
  const dir = createBuildDir(out, id);
  writeManifest(dir, testManifest(id, articleCount));
  return dir;
}

describe("atomic index publishing", () => {
  it("serves the new build once published and keeps the previous one", () => {
    const out = path.join(makeTempDir("out"), "index");
    publishBuildDir(out, build(out, "b1", 5));
    expect(loadManifest(out).articleCount).toBe(5);
    const first = currentBuildDir(out);
    publishBuildDir(out, build(out, "b2", 7));
    expect(loadManifest(out).articleCount).toBe(7);
    expect(first && fs.existsSync(first)).toBe(true);
    publishBuildDir(out, build(out, "b3", 9));
    expect(first && fs.existsSync(first)).toBe(false);
  });

  it("leaves the served index untouched when a build is abandoned half-way", () => {
    const out = path.join(makeTempDir("out"), "index");
    publishBuildDir(out, build(out, "good", 5));
    const broken = createBuildDir(out, "broken");
    fs.writeFileSync(path.join(broken, "partial.bin"), "half");
    expect(loadManifest(out).buildId).toBe("good");
    discardBuildDir(broken);
    expect(fs.existsSync(broken)).toBe(false);
  });

  it("refuses an index of another format version with a clear message", () => {
    const dir = makeTempDir("old");
    writeManifest(dir, { ...testManifest("x", 0), version: 0 });
    expect(() => loadManifest(dir)).toThrow(/format version 0/);
    expect(() => loadManifest(path.join(dir, "nope"))).toThrow(/npm run index/);
  });
});
