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
  const seenGroups = new Set<number>();
  const candidates: number[] = [];
  scores.forEach((s, x) => s > 0 && !skip.has(x) && candidates.push(x));
  candidates.sort((a, b) => scores[b]! - scores[a]! || data.cols.date[b]! - data.cols.date[a]!);
  const out: SimilarReport[] = [];
  for (const x of candidates) {
    const gx = data.groupOf[x]!;
    if (gx >= 0 && (seenGroups.has(gx) || !seenGroups.add(gx))) continue;
    out.push(toSimilarReport(data, x));
    if (out.length >= limit) break;
  }
  return out;
}
