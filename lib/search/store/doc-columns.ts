import { toRegionValue, type Article } from "../../article";
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
export class DocColumns {
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

  /** From the interned columns (for a large corpus interned in steps; see ColumnInterner). */
  constructor(src: ColumnSource | ColumnInterner) {
    const interned = src instanceof ColumnInterner ? src : new ColumnInterner(src);
    if (!interned.finished) interned.next();
    const n = interned.date.length;
    this.date = interned.date;
    this.sourceId = interned.sourceId;
    this.sources = interned.sources;
    this.regionId = interned.regionId;
    this.regionValues = interned.regionValues;
    this.regionNodes = interned.regionNodes;
    this.regionChain = interned.regionChain;
    this.themes = interned.themes;
    this.themeStart = interned.themeStart;
    this.themeIds = Uint16Array.from(interned.themeIds);
    // Months as year·12 + (month − 1), so that consecutive months are consecutive numbers.
    // Plain loops, not TypedArray.from with a map function: that is several times slower in V8,
    // and this runs while a server composes a new index view between requests.
    let first = Infinity;
    let last = -Infinity;
    const months = new Int32Array(n);
    for (let d = 0; d < n; d++) {
      const day = this.date[d]!;
      const m = day === 0 ? -1 : Math.floor(day / 10000) * 12 + (Math.floor(day / 100) % 100) - 1;
      months[d] = m;
      if (m < 0) continue;
      if (m < first) first = m;
      if (m > last) last = m;
    }
    this.firstMonth = Number.isFinite(first) ? first : 0;
    this.monthCount = Number.isFinite(first) ? last - first + 1 : 0;
    this.month = new Uint32Array(n);
    for (let d = 0; d < n; d++)
      this.month[d] = months[d]! < 0 ? 0 : months[d]! - this.firstMonth + 1;
    const collator = new Intl.Collator();
    const byValue = this.regionNodes
      .map((_, i) => i)
      .sort((a, b) => collator.compare(this.regionNodes[a]!.value, this.regionNodes[b]!.value));
    this.regionNodeRank = new Uint32Array(this.regionNodes.length);
    byValue.forEach((node, k) => (this.regionNodeRank[node] = k));
    // Newest first, ties by doc number, as one numeric sort of (100000000 − date)·n + d (exact
    // in a double). Unknown dates (0) sort last; they are excluded from "oldest first" too.
    const keys = new Float64Array(n);
    let dated = 0;
    for (let d = 0; d < n; d++) {
      const day = this.date[d]!;
      keys[d] = (100000000 - day) * n + d;
      if (day !== 0) dated++;
    }
    keys.sort();
    this.newestFirst = new Uint32Array(n);
    for (let i = 0; i < n; i++) this.newestFirst[i] = keys[i]! % n;
    this.datedCount = dated;
  }
}
