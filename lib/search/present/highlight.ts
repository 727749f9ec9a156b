import type { Segment } from "../types";

/**
 * Highlighting on the normalised text, cut from the original: normalizeText is length-preserving,
 * so a hit at [start, end) of the normalised text marks exactly those characters of the original
 * (包頭 in a Traditional article is found as 包头 and marked as 包頭).
 */

export interface Hit {
  start: number;
  end: number;
  /** Index of the query term that produced the hit. */
  term: number;
}

/** Every occurrence of every term, ascending; overlapping occurrences are all reported. */
export function findHits(norm: string, terms: readonly string[]): Hit[] {
  const hits: Hit[] = [];
  terms.forEach((t, term) => {
    if (!t) return;
    for (let at = norm.indexOf(t); at >= 0; at = norm.indexOf(t, at + 1))
      hits.push({ start: at, end: at + t.length, term });
  });
  return hits.sort((a, b) => a.start - b.start || b.end - a.end);
}

/** Original text [from, to) as segments, with the union of the hits marked. */
export function toSegments(
  original: string,
  hits: readonly Hit[],
  from = 0,
  to = original.length,
): Segment[] {
  const out: Segment[] = [];
  let cursor = from;
  const push = (text: string, hit: boolean) => {
    if (!text) return;
    const last = out.at(-1);
    if (last && last.hit === hit) last.text += text;
    else out.push({ text, hit });
  };
  for (const h of hits) {
    const start = Math.max(h.start, cursor);
    const end = Math.min(h.end, to);
    if (end <= start) continue;
    push(original.slice(cursor, start), false);
    push(original.slice(start, end), true);
    cursor = end;
  }
  push(original.slice(cursor, to), false);
  return out;
}

/** Original text split into paragraphs ("\n"), every hit marked. */
export function toParagraphSegments(
  original: string,
  norm: string,
  terms: readonly string[],
): Segment[][] {
  const hits = findHits(norm, terms);
  const out: Segment[][] = [];
  let start = 0;
  for (const line of original.split("\n")) {
    out.push(toSegments(original, hits, start, start + line.length));
    start += line.length + 1;
  }
  return out;
}
