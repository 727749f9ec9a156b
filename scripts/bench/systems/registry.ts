import type { BenchSystem } from "../types";

/**
 * Every benchmarked system by name, imported lazily so that each child process loads only the
 * adapter (and libraries) it runs.
 */
export const SYSTEMS: Record<string, () => Promise<BenchSystem>> = {
  xunwen: async () => (await import("./xunwen")).xunwen,
  "xunwen-page": async () => (await import("./xunwen")).xunwenPage,
  "flexsearch-jieba": async () => (await import("./flexsearch")).flexsearchJieba,
  "flexsearch-cjk": async () => (await import("./flexsearch")).flexsearchCjk,
  "minisearch-jieba": async () => (await import("./minisearch")).minisearch,
  "orama-mandarin": async () => (await import("./orama")).orama,
  "sqlite-trigram": async () => (await import("./sqlite-fts5")).sqliteTrigram,
  "sqlite-trigram-like": async () => (await import("./sqlite-fts5")).sqliteTrigramLike,
  "sqlite-unicode61": async () => (await import("./sqlite-fts5")).sqliteUnicode61,
};

export async function getSystem(name: string): Promise<BenchSystem> {
  const load = SYSTEMS[name];
  if (!load) throw new Error(`unknown system "${name}"; known: ${Object.keys(SYSTEMS).join(", ")}`);
  return load();
}
