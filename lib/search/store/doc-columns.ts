import { toRegionValue, type Article } from "../../article";
import { runStepsPaced, type EventLoopPacer } from "../../event-loop-pacer";
import { ColumnInterner } from "./column-interner";

/** What the index stores per article besides the text (the body lives in the text store). */
export type StoredDoc = Omit<Article, "body" | "tokens">;

/** The per-article fields the columns are built from, one array entry per doc (search-columns.json). */
export interface ColumnSource {
  ids: string[];
  dates: (string | null)[];
  sources: (string | null)[];
  /** toRegionValue of the article's region ("省/市/县"). */
  regions: (string | null)[];
  themes: string[][];
}

export function toColumnSource(docs: readonly StoredDoc[]): ColumnSource {
  return {
    ids: docs.map((d) => d.id),
    dates: docs.map((d) => d.date),
    sources: docs.map((d) => d.source),
    regions: docs.map((d) => (d.region ? toRegionValue(d.region) : null)),
    themes: docs.map((d) => [...new Set((d.themes ?? []).map((t) => t.name))]),
  };
}

export interface RegionNode {
  value: string;
  name: string;
  parent: number;
}

/**
 * Column arrays over doc numbers for filtering, faceting and sorting without touching objects:
 * dates as yyyymmdd (0 = unknown), interned sources, regions (with their ancestor chain in the
 * province › city › county tree) and themes.
 */
export interface DocColumns {
  readonly date: Uint32Array;
  readonly sourceId: Int32Array;
  readonly sources: string[];
  readonly regionId: Int32Array;
  readonly regionValues: string[];
  /** Tree nodes; regionChain[regionId] lists the node of each level, province first. */
  readonly regionNodes: RegionNode[];
  readonly regionChain: number[][];
  /** Position of each node's value in collation order (Intl.Collator; equal values keep node order). */
  readonly regionNodeRank: Uint32Array;
  readonly themes: string[];
  /** Doc d's theme ids are themeIds[themeStart[d] .. themeStart[d+1]) (flat: no per-doc arrays). */
  readonly themeStart: Uint32Array;
  readonly themeIds: Uint16Array;
  /** Month of doc d as 1 + (months since firstMonth), 0 = unknown date; monthCount slots after 0. */
  readonly month: Uint32Array;
  readonly firstMonth: number;
  readonly monthCount: number;
  /** Doc numbers, newest first; unknown dates last. */
  readonly newestFirst: Uint32Array;
  /** How many docs have a known date (they come first in newestFirst). */
  readonly datedCount: number;
}

/** Docs between two points where the work may pause (toDocColumnsPaced). */
const STEP = 256;

/**
 * The columns, as a generator that yields every STEP docs: a server builds them while it composes
 * a new index view between requests, in code that runs once per swap and so is seldom optimised
 * (the whole pass at once held a loaded worker's loop for 20-30 ms).
 */
function* columnSteps(src: ColumnSource): Generator<void, DocColumns> {
  const interned = new ColumnInterner(src);
  while (!interned.finished) {
    interned.next(STEP);
    yield;
  }
  const n = interned.date.length;
  const date = interned.date;
  // Months as year·12 + (month − 1), so that consecutive months are consecutive numbers.
  // Plain loops, not TypedArray.from with a map function: that is several times slower in V8.
  let first = Infinity;
  let last = -Infinity;
  const months = new Int32Array(n);
  for (let d = 0; d < n; d++) {
    if (d % STEP === STEP - 1) yield;
    const day = date[d]!;
    const m = day === 0 ? -1 : Math.floor(day / 10000) * 12 + (Math.floor(day / 100) % 100) - 1;
    months[d] = m;
    if (m < 0) continue;
    if (m < first) first = m;
    if (m > last) last = m;
  }
  const firstMonth = Number.isFinite(first) ? first : 0;
  const month = new Uint32Array(n);
  for (let d = 0; d < n; d++) {
    if (d % STEP === STEP - 1) yield;
    month[d] = months[d]! < 0 ? 0 : months[d]! - firstMonth + 1;
  }
  const collator = new Intl.Collator();
  const nodes = interned.regionNodes;
  const byValue = nodes
    .map((_, i) => i)
    .sort((a, b) => collator.compare(nodes[a]!.value, nodes[b]!.value));
  const regionNodeRank = new Uint32Array(nodes.length);
  byValue.forEach((node, k) => (regionNodeRank[node] = k));
  yield;
  // Newest first, ties by doc number, as one numeric sort of (100000000 − date)·n + d (exact
  // in a double). Unknown dates (0) sort last; they are excluded from "oldest first" too.
  const keys = new Float64Array(n);
  let dated = 0;
  for (let d = 0; d < n; d++) {
    if (d % STEP === STEP - 1) yield;
    const day = date[d]!;
    keys[d] = (100000000 - day) * n + d;
    if (day !== 0) dated++;
  }
  keys.sort();
  yield;
  const newestFirst = new Uint32Array(n);
  for (let i = 0; i < n; i++) {
    if (i % STEP === STEP - 1) yield;
    newestFirst[i] = keys[i]! % n;
  }
  return {
    date,
    sourceId: interned.sourceId,
    sources: interned.sources,
    regionId: interned.regionId,
    regionValues: interned.regionValues,
    regionNodes: nodes,
    regionChain: interned.regionChain,
    regionNodeRank,
    themes: interned.themes,
    themeStart: interned.themeStart,
    themeIds: Uint16Array.from(interned.themeIds),
    month,
    firstMonth,
    monthCount: Number.isFinite(first) ? last - first + 1 : 0,
    newestFirst,
    datedCount: dated,
  };
}

/** The columns, letting the event loop run between steps as `pacer` says. */
export function toDocColumnsPaced(src: ColumnSource, pacer: EventLoopPacer): Promise<DocColumns> {
  return runStepsPaced(columnSteps(src), pacer);
}
