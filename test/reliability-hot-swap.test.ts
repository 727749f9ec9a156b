import fs from "node:fs";
import path from "node:path";
import v8 from "node:v8";
import vm from "node:vm";
import { describe, expect, it } from "vitest";
import { loadManifest, segmentDir, writeManifest } from "../lib/index-dir/index-manifest";
import {
  createBuildDir,
  createSegmentDir,
  currentBuildDir,
  finishSegmentDir,
  publishBuildDir,
} from "../lib/index-dir/publish-index-dir";
import { IndexWatcher } from "../lib/index-dir/watch-index";
import { loadSearchEngine, type SearchEngine } from "../lib/search/store/load-search-engine";
import { parseSearchState } from "../lib/search/query/search-state";
import { writeSearchIndex } from "../lib/search/store/write-search-index";
import { FIXTURES } from "./search-fixtures";
import { testManifest } from "./manifest-fixtures";
import { makeTempDir } from "./temp-dirs";

/** Publishes a real index of `count` fixture articles as build `id`; returns the build folder. */
async function publish(out: string, id: string, count: number, mergeOnly = false): Promise<string> {
  const segment = createSegmentDir(out);
  await writeSearchIndex(FIXTURES.slice(0, count), segment.tmpDir);
  finishSegmentDir(segment.tmpDir);
  const tmp = createBuildDir(out, id);
  const manifest = testManifest(id, count, [{ id: segment.id, count, deleted: [] }]);
  writeManifest(tmp, { ...manifest, mergeOnly });
  return publishBuildDir(out, tmp);
}

function tempOut(): string {
  return path.join(makeTempDir("swap"), "index");
}

/** A watcher whose clock the test moves, so "once per second" needs no waiting. */
function watcher(out: string, load: (dir: string) => Promise<SearchEngine> = loadSearchEngine) {
  const clock = { t: 0 };
  const logs: string[] = [];
  const w = new IndexWatcher({ link: out, load, log: (m) => logs.push(m), now: () => clock.t });
  return { w, clock, logs };
}

/** Lets the background check and load run to the end. */
async function settle(w: IndexWatcher<SearchEngine>, buildId: string): Promise<void> {
  for (let i = 0; i < 200 && w.peek()?.buildId !== buildId; i++)
    await new Promise((r) => setTimeout(r, 10));
}

const count = (e: SearchEngine) => e.search(parseSearchState({ q: "社区" }).state).total;

describe("hot swap of published index builds", () => {
  it("keeps serving the old build while the new one loads, then switches at the next check", async () => {
    const out = tempOut();
    await publish(out, "a", 3);
    let release: () => void = () => {};
    let gate: Promise<void> = Promise.resolve();
    const { w, clock, logs } = watcher(out, async (dir) => {
      await gate;
      return loadSearchEngine(dir);
    });
    const first = await w.get();
    expect(first.buildId).toBe("a");
    expect(first.value.articleCount).toBe(3);

    await publish(out, "b", FIXTURES.length);
    gate = new Promise((r) => (release = r));
    expect((await w.get()).buildId).toBe("a"); // within the second: not even checked yet
    clock.t += 1000;
    const inFlight = await w.get(); // triggers the background load, answers at once
    expect(inFlight.buildId).toBe("a");
    await new Promise((r) => setTimeout(r, 50));
    expect((await w.get()).buildId).toBe("a"); // still loading
    release();
    await settle(w, "b");
    expect(w.peek()?.value.articleCount).toBe(FIXTURES.length);
    // The request that started on the old build still has a working engine of its own.
    expect(count(inFlight.value)).toBeLessThan(count(w.peek()!.value));
    expect(logs).toEqual([expect.stringContaining("switched to index build b")]);
  });

  it("with watchLink, switches to a new build when the link changes, before any request checks", async () => {
    const out = tempOut();
    await publish(out, "a", 3);
    const logs: string[] = [];
    const clock = { t: 0 };
    const w = new IndexWatcher({
      link: out,
      load: loadSearchEngine,
      watchLink: true,
      log: (m) => logs.push(m),
      now: () => clock.t,
    });
    expect((await w.get()).buildId).toBe("a");
    await publish(out, "b", FIXTURES.length);
    // The clock stands still and nobody calls get(): only the link's change can start the load.
    await settle(w, "b");
    expect(w.peek()?.buildId).toBe("b");
    expect(logs).toEqual([expect.stringContaining("switched to index build b")]);
  });

  it("switches to a merge's build once the last switch is mergeSettleMs old, to any other at once", async () => {
    const out = tempOut();
    await publish(out, "a", 3);
    const clock = { t: 0 };
    const w = new IndexWatcher({
      link: out,
      load: loadSearchEngine,
      now: () => clock.t,
      log: () => {},
      mergeSettleMs: 10_000,
    });
    expect((await w.get()).buildId).toBe("a");
    await publish(out, "merged", 3, true);
    for (const t of [1_000, 5_000, 9_000]) {
      clock.t = t;
      await w.get();
      await new Promise((r) => setTimeout(r, 100));
      expect(w.peek()?.buildId, `at ${t} ms`).toBe("a");
    }
    clock.t = 10_000;
    await w.get();
    await settle(w, "merged");
    expect(w.peek()?.buildId).toBe("merged");
    // Right after that switch, an add's build (not mergeOnly) is taken at the next check.
    await publish(out, "added", FIXTURES.length);
    clock.t = 11_000;
    await w.get();
    await settle(w, "added");
    expect(w.peek()?.buildId).toBe("added");
  });

  it("reads every file of one load from the build the link pointed at when the load began", async () => {
    const out = tempOut();
    const a = await publish(out, "a", 2);
    let swapped = false;
    const { w } = watcher(out, async (dir) => {
      // The link moves after realpath but before the files are read.
      if (!swapped) await publish(out, "b", FIXTURES.length).then(() => (swapped = true));
      return loadSearchEngine(dir);
    });
    const served = await w.get();
    expect(served.dir).toBe(a);
    expect(served.value.articleCount).toBe(2);
    expect(currentBuildDir(out)).not.toBe(a);
  });

  it("keeps the old build and logs once when a new build is corrupt", async () => {
    const out = tempOut();
    await publish(out, "good", 3);
    const { w, clock, logs } = watcher(out);
    await w.get();
    const bad = await publish(out, "bad", 4);
    const segment = segmentDir(bad, loadManifest(bad).segments[0]!.id);
    fs.writeFileSync(path.join(segment, "search-docs.json"), "[{truncated");
    for (let i = 0; i < 5; i++) {
      clock.t += 1000;
      await w.get();
      await new Promise((r) => setTimeout(r, 30));
    }
    expect(w.peek()?.buildId).toBe("good");
    expect(count(w.peek()!.value)).toBeGreaterThan(0);
    expect(logs).toHaveLength(1);
    expect(logs[0]).toMatch(/cannot load index build .*bad.*still serving good/);

    await publish(out, "fixed", 5); // the next good build is picked up again
    clock.t += 1000;
    await w.get();
    await settle(w, "fixed");
    expect(w.peek()?.value.articleCount).toBe(5);
  });

  it("survives two quick rebuilds that delete the build it is loading: it loads the newest", async () => {
    const out = tempOut();
    await publish(out, "a", 2);
    const loaded: string[] = [];
    let rebuildDuringLoad = false;
    const { w, clock, logs } = watcher(out, async (dir) => {
      loaded.push(path.basename(dir));
      if (rebuildDuringLoad) {
        rebuildDuringLoad = false;
        await publish(out, "c", 4);
        await publish(out, "d", 5); // the publisher keeps d and c: b is deleted now
        expect(fs.existsSync(dir)).toBe(false);
      }
      return loadSearchEngine(dir);
    });
    await w.get();
    await publish(out, "b", 3);
    rebuildDuringLoad = true;
    clock.t += 1000;
    await w.get();
    await settle(w, "d");
    expect(loaded).toEqual(["a", "b", "d"]);
    expect(w.peek()?.value.articleCount).toBe(5);
    expect(logs.filter((l) => l.includes("cannot load"))).toEqual([]);
  });

  it("lets the retired engine be garbage collected once no request holds it", async () => {
    v8.setFlagsFromString("--expose-gc");
    const gc = vm.runInNewContext("gc") as () => void;
    const out = tempOut();
    await publish(out, "a", 3);
    const { w, clock } = watcher(out);
    const old = new WeakRef((await w.get()).value);
    await publish(out, "b", 4);
    clock.t += 1000;
    await w.get();
    await settle(w, "b");
    for (let i = 0; i < 5 && old.deref(); i++) {
      await new Promise((r) => setTimeout(r, 20));
      gc();
    }
    expect(old.deref()).toBeUndefined();
    expect(w.peek()?.value.articleCount).toBe(4);
  });

  it("keeps answering from memory when the served build is deleted from disk (two newer builds published)", async () => {
    const out = tempOut();
    const a = await publish(out, "a", FIXTURES.length);
    const { w } = watcher(out);
    const served = (await w.get()).value;
    await publish(out, "b", 2);
    await publish(out, "c", 3);
    expect(fs.existsSync(a)).toBe(false);
    expect(count(served)).toBeGreaterThan(0);
    const id = FIXTURES[0]!.id;
    expect(served.getArticle(id)?.title).toBe(FIXTURES[0]!.title);
    expect(served.highlightArticle(id, "稀土")?.title.some((s) => s.hit)).toBe(true);
    expect(served.suggest("社", 5).length).toBeGreaterThan(0);
  });

  it("retries the first load after a failure (no index yet) instead of caching the error", async () => {
    const out = tempOut();
    const { w } = watcher(out);
    await expect(w.get()).rejects.toThrow();
    await publish(out, "late", 2);
    expect((await w.get()).buildId).toBe("late");
  });
});
