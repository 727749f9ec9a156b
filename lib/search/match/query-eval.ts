import type { EngineData } from "../store/engine-data";
import type { TermMatch } from "./match-terms";
import type { ParsedQuery, QueryTerm } from "../query/parse-query";
import { idf, type ScoredGroup } from "../rank/score";
import { differenceSorted, intersectSorted, rangeSet, unionSorted } from "./sorted-sets";

/**
 * Boolean evaluation of a parsed query over exact term matches: alternatives are united, groups
 * intersected (smallest first), excluded terms subtracted. No positive term = every article.
 */

export interface QueryMatches {
  /** Ascending doc numbers matching the query (before filters). */
  matches: Uint32Array;
  groups: ScoredGroup[];
  /** Number of articles containing each term (normalised text → count). */
  df: Map<string, number>;
}

export type MatchCache = Map<string, TermMatch>;

function termMatch(data: EngineData, t: QueryTerm, cache: MatchCache): TermMatch {
  let m = cache.get(t.text);
  if (!m) cache.set(t.text, (m = data.matcher.match(t.text)));
  return m;
}

let everything: { n: number; set: Uint32Array } | null = null;
function allDocs(n: number): Uint32Array {
  if (everything?.n !== n) everything = { n, set: rangeSet(n) };
  return everything.set;
}

export function evaluateQuery(
  data: EngineData,
  parsed: ParsedQuery,
  cache: MatchCache = new Map(),
): QueryMatches {
  const n = data.docs.length;
  const df = new Map<string, number>();
  const groups: ScoredGroup[] = [];
  const groupSets: Uint32Array[] = [];
  for (const g of parsed.groups) {
    let union: Uint32Array = new Uint32Array(0);
    const alternatives = g.map((t) => {
      const match = termMatch(data, t, cache);
      df.set(t.text, match.ids.length);
      union = union.length === 0 ? match.ids : unionSorted(union, match.ids);
      return { match, idf: idf(match.ids.length, n) };
    });
    groups.push({ alternatives });
    groupSets.push(union);
  }
  let matches =
    groupSets.length === 0
      ? allDocs(n)
      : groupSets.sort((a, b) => a.length - b.length).reduce(intersectSorted);
  for (const t of parsed.excluded) {
    const ex = termMatch(data, t, cache);
    df.set(t.text, ex.ids.length);
    if (matches.length > 0 && ex.ids.length > 0) matches = differenceSorted(matches, ex.ids);
  }
  return { matches, groups, df };
}
