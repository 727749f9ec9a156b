import type { StoredDoc } from "./doc-columns";
import type { DocView, TermMatching, TextView, WordMatching } from "./engine-data";
import type { LoadedSegment } from "./load-segment";
import type { TermMatch } from "../match/match-terms";

/**
 * The live articles of several segments as one corpus: global doc g is local doc localOf[g] of
 * segment segOf[g]; globalOf[s][local] is its global number, or −1 once deleted. Segments are in
 * manifest order and keep their own order, so the map is increasing and a segment's ascending
 * match list maps to an ascending global list: concatenating them needs no sort.
 */
export class SegmentMap {
  readonly segOf: Uint16Array;
  readonly localOf: Uint32Array;
  readonly globalOf: Int32Array[];

  constructor(
    readonly segments: readonly LoadedSegment[],
    deleted: readonly ReadonlySet<string>[],
  ) {
    let total = 0;
    this.globalOf = segments.map((seg, s) => {
      const map = new Int32Array(seg.docs.length);
      const gone = deleted[s];
      seg.columns.ids.forEach((id, d) => (map[d] = gone?.has(id) ? -1 : total++));
      return map;
    });
    this.segOf = new Uint16Array(total);
    this.localOf = new Uint32Array(total);
    this.globalOf.forEach((map, s) =>
      map.forEach((g, d) => {
        if (g < 0) return;
        this.segOf[g] = s;
        this.localOf[g] = d;
      }),
    );
  }

  get length(): number {
    return this.localOf.length;
  }

  /** Whether global numbers are local numbers (one segment, nothing deleted). */
  get isIdentity(): boolean {
    return this.segments.length === 1 && this.length === this.segments[0]!.docs.length;
  }

  segment(g: number): LoadedSegment {
    return this.segments[this.segOf[g]!]!;
  }

  /** Ascending local lists of each segment → one ascending global list (deleted docs dropped). */
  toGlobal<T extends Uint32Array | Uint16Array>(
    lists: readonly Uint32Array[],
    aligned: T[][] = [],
  ) {
    let size = 0;
    for (const l of lists) size += l.length;
    const ids = new Uint32Array(size);
    const out = aligned.map(([first]) => new (first!.constructor as new (n: number) => T)(size));
    let n = 0;
    lists.forEach((local, s) => {
      const map = this.globalOf[s]!;
      for (let i = 0; i < local.length; i++) {
        const g = map[local[i]!]!;
        if (g < 0) continue;
        ids[n] = g;
        aligned.forEach((cols, k) => (out[k]![n] = cols[s]![i]!));
        n++;
      }
    });
    return { ids: ids.subarray(0, n), aligned: out.map((a) => a.subarray(0, n) as T) };
  }
}

export function docView(map: SegmentMap): DocView {
  return {
    length: map.length,
    get: (g): StoredDoc => map.segment(g).docs.get(map.localOf[g]!),
  };
}

export function textView(map: SegmentMap): TextView {
  return {
    title: (g) => map.segment(g).text.title(map.localOf[g]!),
    body: (g) => map.segment(g).text.body(map.localOf[g]!),
    originalBody: (g) => map.segment(g).text.originalBody(map.localOf[g]!),
  };
}

/** Each segment's (cached) term match, mapped to global numbers. */
export function termMatching(map: SegmentMap): TermMatching {
  return {
    match(term: string): TermMatch {
      const parts = map.segments.map((seg) => seg.matcher.match(term));
      const { ids, aligned } = map.toGlobal(
        parts.map((p) => p.ids),
        [parts.map((p) => p.tfTitle), parts.map((p) => p.tfBody)],
      );
      return { ids, tfTitle: aligned[0]!, tfBody: aligned[1]! };
    },
  };
}

export function wordMatching(map: SegmentMap): WordMatching {
  return { docs: (term) => map.toGlobal(map.segments.map((seg) => seg.words.docs(term))).ids };
}
