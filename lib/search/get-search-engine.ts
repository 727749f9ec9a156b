import path from "node:path";
import { loadSearchEngine, type SearchEngine } from "./load-search-engine";

/** Per-process singleton for the server: the index is loaded once, on first use. */
let engine: Promise<SearchEngine> | null = null;

export function getSearchIndexDir(): string {
  return process.env.XUNWEN_INDEX_DIR ?? path.join(process.cwd(), "data/index");
}

export async function getSearchEngine(): Promise<SearchEngine> {
  if (!engine) {
    engine = loadSearchEngine(getSearchIndexDir());
    // A failed load (no index yet) must not be cached forever: the next request retries.
    engine.catch(() => (engine = null));
  }
  return engine;
}
