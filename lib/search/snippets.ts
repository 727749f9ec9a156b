import type { Segment } from "./types";
import { findHits, toSegments, type Hit } from "./highlight";

/**
 * Up to three passages of about 100–160 characters that together cover the most distinct query
 * terms: greedily take the window with the most not-yet-covered terms (ties: most hits), until
 * every term is covered. Windows start shortly before their first hit, at a sentence start
 * when one is near. "…" marks cut text; line breaks become spaces.
 */

const WINDOW = 140;
const LEAD = 24;
const MAX_PASSAGES = 3;
const SENTENCE_END = /[。！？；!?;\n]/;

function windowStart(norm: string, hitStart: number): number {
  const from = Math.max(0, hitStart - LEAD);
  for (let i = hitStart - 1; i >= from; i--) if (SENTENCE_END.test(norm[i]!)) return i + 1;
  return from;
}

function passage(original: string, hits: readonly Hit[], start: number, end: number): Segment[] {
  const segs = toSegments(original, hits, start, end).map((s) => ({ text: s.text.replace(/\n/g, " "), hit: s.hit }));
  if (start > 0) segs.unshift({ text: "…", hit: false });
  if (end < original.length) segs.push({ text: "…", hit: false });
  return segs;
}

export function buildSnippets(original: string, norm: string, terms: readonly string[]): Segment[][] {
  const hits = findHits(norm, terms);
  if (hits.length === 0) return original ? [passage(original, [], 0, Math.min(original.length, WINDOW))] : [];
  const covered = new Set<number>();
  const chosen: { start: number; end: number }[] = [];
  while (chosen.length < MAX_PASSAGES && covered.size < new Set(hits.map((h) => h.term)).size) {
    let best: { start: number; end: number; gain: number; count: number } | null = null;
    for (const h of hits) {
      if (covered.has(h.term)) continue;
      const start = windowStart(norm, h.start);
      const end = Math.min(norm.length, start + WINDOW);
      if (chosen.some((c) => start < c.end && end > c.start)) continue;
      const inside = hits.filter((x) => x.start >= start && x.end <= end);
      const gain = new Set(inside.filter((x) => !covered.has(x.term)).map((x) => x.term)).size;
      if (!best || gain > best.gain || (gain === best.gain && inside.length > best.count)) best = { start, end, gain, count: inside.length };
    }
    if (!best) break;
    chosen.push(best);
    for (const x of hits) if (x.start >= best.start && x.end <= best.end) covered.add(x.term);
  }
  return chosen.sort((a, b) => a.start - b.start).map((c) => passage(original, hits, c.start, c.end));
}
