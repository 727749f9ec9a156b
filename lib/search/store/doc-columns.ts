import { toRegionValue, type Article } from "../../article";

/** What the index stores per article besides the text (the body lives in the text store). */
export type StoredDoc = Omit<Article, "body">;

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

/** "YYYY-MM-DD" → yyyymmdd; anything else is unknown (0). */
function dayNumber(date: string | null): number {
  return date && /^\d{4}-\d{2}-\d{2}$/.test(date) ? Number(date.replaceAll("-", "")) : 0;
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
  readonly sources: string[] = [];
  readonly regionId: Int32Array;
  readonly regionValues: string[] = [];
  /** Tree nodes; regionChain[regionId] lists the node of each level, province first. */
  readonly regionNodes: RegionNode[] = [];
  readonly regionChain: number[][] = [];
  /** Position of each node's value in collation order (Intl.Collator; equal values keep node order). */
  readonly regionNodeRank: Uint32Array;
  readonly themes: string[] = [];
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

  constructor(src: ColumnSource) {
    const n = src.ids.length;
    this.date = new Uint32Array(n);
    this.sourceId = new Int32Array(n).fill(-1);
    this.regionId = new Int32Array(n).fill(-1);
    const sourceIds = new Map<string, number>();
    const regionIds = new Map<string, number>();
    const nodeIds = new Map<string, number>();
    const themeIds = new Map<string, number>();
    const intern = (map: Map<string, number>, list: string[], v: string): number => {
      let id = map.get(v);
      if (id === undefined) map.set(v, (id = list.push(v) - 1));
      return id;
    };
    const docThemes = new Array<number[]>(n);
    for (let d = 0; d < n; d++) {
      this.date[d] = dayNumber(src.dates[d] ?? null);
      const source = src.sources[d];
      if (source) this.sourceId[d] = intern(sourceIds, this.sources, source);
      const value = src.regions[d];
      if (value) {
        const before = this.regionValues.length;
        this.regionId[d] = intern(regionIds, this.regionValues, value);
        if (this.regionValues.length > before) this.regionChain.push(this.chainOf(value, nodeIds));
      }
      const themes = src.themes[d] ?? [];
      docThemes[d] = themes.length === 0 ? [] : themes.map((t) => intern(themeIds, this.themes, t));
    }
    this.themeStart = new Uint32Array(n + 1);
    for (let d = 0; d < n; d++) this.themeStart[d + 1] = this.themeStart[d]! + docThemes[d]!.length;
    this.themeIds = Uint16Array.from(docThemes.flat());
    // Months as year·12 + (month − 1), so that consecutive months are consecutive numbers.
    let first = Infinity;
    let last = -Infinity;
    const months = Int32Array.from(this.date, (day) =>
      day === 0 ? -1 : Math.floor(day / 10000) * 12 + (Math.floor(day / 100) % 100) - 1,
    );
    for (const m of months) {
      if (m < 0) continue;
      first = Math.min(first, m);
      last = Math.max(last, m);
    }
    this.firstMonth = Number.isFinite(first) ? first : 0;
    this.monthCount = Number.isFinite(first) ? last - first + 1 : 0;
    this.month = Uint32Array.from(months, (m) => (m < 0 ? 0 : m - this.firstMonth + 1));
    const collator = new Intl.Collator();
    const byValue = this.regionNodes
      .map((_, i) => i)
      .sort((a, b) => collator.compare(this.regionNodes[a]!.value, this.regionNodes[b]!.value));
    this.regionNodeRank = new Uint32Array(this.regionNodes.length);
    byValue.forEach((node, k) => (this.regionNodeRank[node] = k));
    // Newest first, ties by doc number, as one numeric sort of (100000000 − date)·n + d (exact
    // in a double). Unknown dates (0) sort last; they are excluded from "oldest first" too.
    const keys = Float64Array.from(this.date, (day, d) => (100000000 - day) * n + d).sort();
    this.newestFirst = Uint32Array.from(keys, (k) => k % n);
    this.datedCount = this.date.reduce((c, day) => c + (day !== 0 ? 1 : 0), 0);
  }

  private chainOf(value: string, nodeIds: Map<string, number>): number[] {
    const names = value.split("/");
    const chain: number[] = [];
    names.forEach((name, i) => {
      const v = names.slice(0, i + 1).join("/");
      let id = nodeIds.get(v);
      if (id === undefined) {
        id = this.regionNodes.push({ value: v, name, parent: chain.at(-1) ?? -1 }) - 1;
        nodeIds.set(v, id);
      }
      chain.push(id);
    });
    return chain;
  }
}
