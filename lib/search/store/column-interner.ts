import type { ColumnSource, RegionNode } from "./doc-columns";

/** "YYYY-MM-DD" → yyyymmdd; anything else is unknown (0). */
function dayNumber(date: string | null): number {
  return date && /^\d{4}-\d{2}-\d{2}$/.test(date) ? Number(date.replaceAll("-", "")) : 0;
}

function intern(map: Map<string, number>, list: string[], v: string): number {
  let id = map.get(v);
  if (id === undefined) map.set(v, (id = list.push(v) - 1));
  return id;
}

/**
 * The per-article pass of DocColumns: dates as day numbers, sources, regions (with their chain of
 * province › city › county nodes) and themes interned. It runs over a range of docs at a time, so
 * a server composing a new index view can yield between ranges (doc-columns.ts).
 */
export class ColumnInterner {
  readonly date: Uint32Array;
  readonly sourceId: Int32Array;
  readonly sources: string[] = [];
  readonly regionId: Int32Array;
  readonly regionValues: string[] = [];
  readonly regionNodes: RegionNode[] = [];
  readonly regionChain: number[][] = [];
  readonly themes: string[] = [];
  /** Doc d's theme ids are themeIds[themeStart[d] .. themeStart[d+1]). */
  readonly themeStart: Uint32Array;
  readonly themeIds: number[] = [];
  private done = 0;
  private readonly sourceIds = new Map<string, number>();
  private readonly regionIds = new Map<string, number>();
  private readonly nodeIds = new Map<string, number>();
  private readonly themeIdOf = new Map<string, number>();

  constructor(private readonly src: ColumnSource) {
    const n = src.ids.length;
    this.date = new Uint32Array(n);
    this.sourceId = new Int32Array(n).fill(-1);
    this.regionId = new Int32Array(n).fill(-1);
    this.themeStart = new Uint32Array(n + 1);
  }

  get finished(): boolean {
    return this.done === this.src.ids.length;
  }

  /** Interns the next `count` docs (all that are left by default). */
  next(count = Infinity): void {
    const src = this.src;
    const end = Math.min(src.ids.length, this.done + count);
    for (let d = this.done; d < end; d++) {
      this.date[d] = dayNumber(src.dates[d] ?? null);
      const source = src.sources[d];
      if (source) this.sourceId[d] = intern(this.sourceIds, this.sources, source);
      const value = src.regions[d];
      if (value) {
        const before = this.regionValues.length;
        this.regionId[d] = intern(this.regionIds, this.regionValues, value);
        if (this.regionValues.length > before) this.regionChain.push(this.chainOf(value));
      }
      for (const t of src.themes[d] ?? [])
        this.themeIds.push(intern(this.themeIdOf, this.themes, t));
      this.themeStart[d + 1] = this.themeIds.length;
    }
    this.done = end;
  }

  private chainOf(value: string): number[] {
    const names = value.split("/");
    const chain: number[] = [];
    names.forEach((name, i) => {
      const v = names.slice(0, i + 1).join("/");
      let id = this.nodeIds.get(v);
      if (id === undefined) {
        id = this.regionNodes.push({ value: v, name, parent: chain.at(-1) ?? -1 }) - 1;
        this.nodeIds.set(v, id);
      }
      chain.push(id);
    });
    return chain;
  }
}
