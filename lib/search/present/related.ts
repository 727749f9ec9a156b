import type { EngineData } from "../store/engine-data";
import { toSimilarReport } from "../rank/page-hits";
import { idf, scoreMatches, type ScoredGroup } from "../rank/score";
import type { SimilarReport } from "../types";
import { normalizeText } from "../../text/normalize";
import { extractKeywords } from "../../text/analyze-text";

/**
 * Articles sharing keywords with article d: its stored keywords (jieba TF-IDF at ingest; computed
 * here when absent) are scored like an OR query, each keyword its own BM25 group, so articles
 * sharing more and rarer keywords rank first. The article and its near-duplicates are left out.
 */

const MAX_KEYWORDS = 10;

export function findRelated(data: EngineData, d: number, limit: number): SimilarReport[] {
  const doc = data.docs.get(d);
  let keywords = doc.keywords.map(normalizeText);
  if (keywords.length === 0)
    keywords = extractKeywords(`${data.text.title(d)}\n${data.text.body(d)}`, MAX_KEYWORDS);
  const n = data.docs.length;
  const groups: ScoredGroup[] = [...new Set(keywords)]
    .filter((k) => k.trim().length > 0)
    .slice(0, MAX_KEYWORDS)
    .map((k) => data.matcher.match(k))
    .map((match) => ({ alternatives: [{ match, idf: idf(match.ids.length, n) }] }));
  if (groups.length === 0 || limit <= 0) return [];
  const scores = scoreMatches(groups, n, data.lengths);
  const g = data.groupOf[d]!;
  const skip = new Set(g >= 0 ? data.groups[g] : [d]);
  const before = (a: number, b: number) =>
    scores[b]! - scores[a]! || data.cols.date[b]! - data.cols.date[a]!;
  // The best few, kept in order as the scores are read: sorting every article that shares a
  // common keyword (tens of thousands) cost a served article page tens of milliseconds.
  const size = limit * 4 + 16;
  const best = topOf(scores, skip, size, before);
  const picked = pickDistinct(data, best, limit);
  // Only when near-duplicates of one another fill the few is the rest read in order.
  if (picked.length >= limit || best.length < size)
    return picked.map((x) => toSimilarReport(data, x));
  const all: number[] = [];
  scores.forEach((s, x) => s > 0 && !skip.has(x) && all.push(x));
  return pickDistinct(data, all.sort(before), limit).map((x) => toSimilarReport(data, x));
}

/** Docs of positive score not in `skip`, the `size` first by `before`, in that order. */
function topOf(
  scores: ArrayLike<number>,
  skip: ReadonlySet<number>,
  size: number,
  before: (a: number, b: number) => number,
): number[] {
  const top: number[] = [];
  for (let x = 0; x < scores.length; x++) {
    if (!(scores[x]! > 0) || skip.has(x)) continue;
    if (top.length === size && before(x, top[size - 1]!) >= 0) continue;
    let at = top.length === size ? size - 1 : top.length;
    while (at > 0 && before(x, top[at - 1]!) < 0) {
      top[at] = top[at - 1]!;
      at--;
    }
    top[at] = x;
  }
  return top;
}

/** The first `limit` of `ranked`, one per near-duplicate group. */
function pickDistinct(data: EngineData, ranked: readonly number[], limit: number): number[] {
  const seenGroups = new Set<number>();
  const out: number[] = [];
  for (const x of ranked) {
    const gx = data.groupOf[x]!;
    if (gx >= 0 && (seenGroups.has(gx) || !seenGroups.add(gx))) continue;
    out.push(x);
    if (out.length >= limit) break;
  }
  return out;
}
