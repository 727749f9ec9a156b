import type { Segment } from "../types";
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
const SENTENCE_END = new Set([..."。！？；!?;\n"].map((c) => c.charCodeAt(0)));

function windowStart(norm: string, hitStart: number): number {
  const from = Math.max(0, hitStart - LEAD);
  for (let i = hitStart - 1; i >= from; i--) if (SENTENCE_END.has(norm.charCodeAt(i))) return i + 1;
  return from;
}

function passage(original: string, hits: readonly Hit[], start: number, end: number): Segment[] {
  const segs = toSegments(original, hits, start, end).map((s) => ({
    text: s.text.replace(/\n/g, " "),
    hit: s.hit,
  }));
  if (start > 0) segs.unshift({ text: "…", hit: false });
  if (end < original.length) segs.push({ text: "…", hit: false });
  return segs;
}

/** First index of `hits` (sorted by start) whose start is ≥ `at`. */
function firstFrom(hits: readonly Hit[], at: number): number {
  let lo = 0;
  let hi = hits.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (hits[mid]!.start < at) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

export function buildSnippets(
  original: string,
  norm: string,
  terms: readonly string[],
): Segment[][] {
  const hits = findHits(norm, terms);
  if (hits.length === 0)
    return original ? [passage(original, [], 0, Math.min(original.length, WINDOW))] : [];
  const covered = new Uint8Array(terms.length);
  const termsFound = new Set(hits.map((h) => h.term)).size;
  let coveredCount = 0;
  const chosen: { start: number; end: number }[] = [];
  // Per candidate window, which terms it holds (stamped with the candidate's number, so no clearing).
  const seenIn = new Int32Array(terms.length).fill(-1);
  while (chosen.length < MAX_PASSAGES && coveredCount < termsFound) {
    let best: { start: number; end: number; gain: number; count: number } | null = null;
    for (let c = 0; c < hits.length; c++) {
      const h = hits[c]!;
      if (covered[h.term] === 1) continue;
      const start = windowStart(norm, h.start);
      const end = Math.min(norm.length, start + WINDOW);
      if (chosen.some((w) => start < w.end && end > w.start)) continue;
      let gain = 0;
      let count = 0;
      const key = chosen.length * hits.length + c;
      for (let i = firstFrom(hits, start); i < hits.length && hits[i]!.start < end; i++) {
        const x = hits[i]!;
        if (x.end > end) continue;
        count++;
        if (covered[x.term] === 0 && seenIn[x.term] !== key) {
          seenIn[x.term] = key;
          gain++;
        }
      }
      if (!best || gain > best.gain || (gain === best.gain && count > best.count))
        best = { start, end, gain, count };
    }
    if (!best) break;
    chosen.push(best);
    for (let i = firstFrom(hits, best.start); i < hits.length && hits[i]!.start < best.end; i++) {
      const x = hits[i]!;
      if (x.end <= best.end && covered[x.term] === 0) {
        covered[x.term] = 1;
        coveredCount++;
      }
    }
  }
  return chosen
    .sort((a, b) => a.start - b.start)
    .map((c) => widenToHits(hits, c))
    .map((c) => passage(original, hits, c.start, c.end));
}

/** A passage's edges moved out of any hit they cut, so a highlighted word is never shown in half
 * (…率先[复工] of 复工复产): the start back to the hit's start, the end on to the hit's end. */
function widenToHits(hits: readonly Hit[], window: { start: number; end: number }) {
  let { start, end } = window;
  for (let changed = true; changed;) {
    changed = false;
    for (const h of hits) {
      if (h.start < start && h.end > start) [start, changed] = [h.start, true];
      if (h.start < end && h.end > end) [end, changed] = [h.end, true];
    }
  }
  return { start, end };
}
