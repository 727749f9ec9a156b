import path from "node:path";
import { setImmediate as nextTurn } from "node:timers/promises";
import { IndexWatcher } from "../../index-dir/watch-index";
import { loadSearchEngine, SegmentCache, type SearchEngine } from "../store/load-search-engine";
import type { Taxonomy } from "../../themes/load-themes";
import { WATCHER_KEY, type WithWatcher } from "./served-engine";

/**
 * The server's engine: loaded on first use from the real build folder behind XUNWEN_INDEX_DIR (or
 * data/index), and switched to a newly published build in the background (see watch-index.ts).
 * The watcher lives on globalThis (served-engine.ts): one process holds one engine.
 */

export function getSearchIndexDir(): string {
  return process.env.XUNWEN_INDEX_DIR ?? path.join(process.cwd(), "data/index");
}

const MERGE_SETTLE_MS = 10_000;

function getWatcher(): IndexWatcher<SearchEngine> {
  const g = globalThis as WithWatcher;
  // One cache for every build this process follows: a new manifest loads only its new segments.
  const segments = new SegmentCache();
  return (g[WATCHER_KEY] ??= new IndexWatcher({
    link: getSearchIndexDir(),
    watchLink: true,
    // A retired engine is left to V8's incremental GC: a forced full GC stalls a worker ~160 ms.
    load: (dir) => loadSearchEngine(dir, segments),
    // An add's background merge publishes seconds after the add; its swap waits until the
    // first swap's renders and garbage are behind (docs/benchmarks.md, sixth session).
    mergeSettleMs: MERGE_SETTLE_MS,
  }));
}

/**
 * The engine to use for one request (hold on to it for the whole request), on a later turn of the
 * event loop: a request's engine work (a search, an article's related reports) then runs as a task
 * of its own, apart from the render around it, so the loop is never held for the sum of the two.
 * Measured on sequential uncached result pages: the worst hold in a second went from 18-24 ms to
 * 8-13 ms.
 */
export async function getSearchEngine(): Promise<SearchEngine> {
  const engine = (await getWatcher().get()).value;
  await nextTurn();
  return engine;
}

/**
 * The served build once the watcher has looked for a newer one (loading the first, or switching),
 * without the engine's extra turn: for answers that only name the build, such as every response's
 * headers. Null while no index can be loaded.
 */
export async function loadServedBuild(): Promise<ServedBuild | null> {
  await getWatcher()
    .get()
    .catch(() => null);
  return getServedBuild();
}

export interface ServedBuild {
  buildId: string;
  dir: string;
  builtAt: string | null;
  loadedAt: string;
  articleCount: number;
  taxonomy: Taxonomy | null;
}

/** Which build is served (for a response header or a status line), or null before the first load. */
export function getServedBuild(): ServedBuild | null {
  const b = getWatcher().peek();
  return (
    b && {
      buildId: b.buildId,
      dir: b.dir,
      builtAt: b.builtAt,
      loadedAt: b.loadedAt.toISOString(),
      articleCount: b.value.articleCount,
      taxonomy: b.value.taxonomy,
    }
  );
}

/** Response headers naming the index that answered, so a colleague can tell which one served a link. */
export function servedIndexHeaders(): Record<string, string> {
  const b = getServedBuild();
  if (!b) return {};
  return {
    "X-Xunwen-Index": b.buildId,
    ...(b.builtAt ? { "X-Xunwen-Index-Built": b.builtAt } : {}),
  };
}
