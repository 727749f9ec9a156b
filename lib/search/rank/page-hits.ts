import type { EngineData } from "../store/engine-data";
import { findHits, toSegments } from "../present/highlight";
import { buildSnippets } from "../present/snippets";
import type { SearchHit, SimilarReport } from "../types";
import { nextMark } from "../store/engine-data";

/**
 * Near-duplicate collapsing and hit assembly. A group is represented by its best-placed member;
 * `similar` lists the group's other members. Totals count groups.
 */

/** Results counted with near-duplicate groups once. */
export function countGroups(data: EngineData, results: Uint32Array): number {
  const mark = nextMark(data);
  let total = 0;
  for (let i = 0; i < results.length; i++) {
    const d = results[i]!;
    const g = data.groupOf[d]!;
    if (g < 0) total++;
    else {
      // Mark a group by stamping its first member.
      const first = data.groups[g]![0]!;
      if (data.stamp[first] !== mark) {
        data.stamp[first] = mark;
        total++;
      }
    }
  }
  return total;
}

/** Representatives in order, skipping later members of an already represented group. */
export function collapse(data: EngineData, ordered: readonly number[]): number[] {
  const seen = new Set<number>();
  const out: number[] = [];
  for (const d of ordered) {
    const g = data.groupOf[d]!;
    if (g >= 0) {
      if (seen.has(g)) continue;
      seen.add(g);
    }
    out.push(d);
  }
  return out;
}

/** The other members of d's near-duplicate group (none when d stands alone). */
export function groupMates(data: EngineData, d: number): number[] {
  const g = data.groupOf[d]!;
  return g < 0 ? [] : data.groups[g]!.filter((x) => x !== d);
}

export function toSimilarReport(data: EngineData, d: number): SimilarReport {
  const doc = data.docs.get(d);
  return { id: doc.id, title: doc.title, date: doc.date, source: doc.source };
}

export function buildHit(
  data: EngineData,
  d: number,
  terms: readonly string[],
  score: number,
  /** List the reposts collapsed into this hit (off when every article is its own result). */
  withSimilar = true,
): SearchHit {
  const doc = data.docs.get(d);
  return {
    id: doc.id,
    title: toSegments(doc.title, findHits(data.text.title(d), terms)),
    snippets: buildSnippets(data.text.originalBody(d), data.text.body(d), terms),
    date: doc.date,
    source: doc.source,
    region: doc.region,
    themes: doc.themes.map((t) => ({ name: t.name, keywords: t.keywords })),
    url: doc.url,
    score: Math.round(score * 1000) / 1000,
    similar: withSimilar ? groupMates(data, d).map((x) => toSimilarReport(data, x)) : [],
  };
}
