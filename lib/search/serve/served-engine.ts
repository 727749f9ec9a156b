import type { IndexWatcher } from "../../index-dir/watch-index";
import type { SearchEngine } from "../store/load-search-engine";

/**
 * Where the server process keeps its engine: on globalThis, because Next.js bundles modules into
 * several chunks (routes, the proxy) and one process must hold one engine. This module imports
 * nothing at run time, so the proxy can ask about the served index without bundling the engine.
 */

export const WATCHER_KEY = Symbol.for("xunwen.search-index-watcher");
export type WithWatcher = typeof globalThis & { [WATCHER_KEY]?: IndexWatcher<SearchEngine> };

/** Whether the served index has this article; null before the server has loaded an index. */
export function peekArticleExists(id: string): boolean | null {
  const build = (globalThis as WithWatcher)[WATCHER_KEY]?.peek();
  return build ? build.value.getArticle(id) !== null : null;
}
