import { segmentWords } from "../../text/segment";
import { buildDocFilter, keepPassing } from "../facets/filters";
import { evaluateQuery } from "../match/query-eval";
import { parseQuery, positiveTerms } from "../query/parse-query";
import { serializeSearchState } from "../query/search-state";
import { orderByDate } from "../rank/rank-order";
import { nextMark, type EngineData } from "../store/engine-data";
import type { SearchState } from "../types";
import type { Collocate } from "./collocates";
import { findHits, type Hit } from "./highlight";

/**
 * The occurrences behind a concordance, found once per search state and index: positions only
 * (newest article first, up to MAX_LINES kept, all counted), so that a page of lines costs its
 * own 50 lines. The jieba words beside each kept occurrence (for sorting, collocates and `near`)
 * are segmented on first need and kept with it, so paging and re-sorting do not segment again.
 */

export const MAX_LINES = 5000;
/** Characters of context either side of the term on a line. */
export const CONTEXT = 28;

export interface Occurrence {
  d: number;
  start: number;
  end: number;
  /** The occurrence's number on the article page (title hits first), for #hit-N. */
  hitIndex: number;
}

export interface ContextWords {
  left: string[];
  right: string[];
}

export interface ConcordanceRun {
  terms: string[];
  articles: number;
  occurrences: number;
  kept: Occurrence[];
  /** Words of the normalised context either side of each kept occurrence, in `kept` order. */
  words(): ContextWords[];
  /** Worked out once from `words` (concordance.ts), kept with the run. */
  collocates?: Collocate[];
}

/** Overlapping or touching hits as one run, as the article page marks them. */
function toRuns(hits: Hit[]): Hit[] {
  const runs: Hit[] = [];
  for (const h of hits) {
    const last = runs.at(-1);
    if (last && h.start <= last.end) last.end = Math.max(last.end, h.end);
    else runs.push({ ...h });
  }
  return runs;
}

/** How many runs toRuns(findHits(norm, terms)) would give, without building them. */
function countRuns(norm: string, terms: readonly string[]): number {
  if (terms.length !== 1) return toRuns(findHits(norm, terms)).length;
  const t = terms[0]!;
  if (!t) return 0;
  let count = 0;
  let lastEnd = -1;
  for (let at = norm.indexOf(t); at >= 0; at = norm.indexOf(t, at + 1)) {
    if (at > lastEnd) count++;
    lastEnd = at + t.length;
  }
  return count;
}

function findRun(data: EngineData, state: SearchState): ConcordanceRun {
  const parsed = parseQuery(state.q);
  const terms = positiveTerms(parsed).map((t) => t.text);
  const results =
    terms.length === 0
      ? new Uint32Array(0)
      : keepPassing(evaluateQuery(data, parsed).matches, buildDocFilter(state, data.cols));
  const ordered = orderByDate(
    results,
    data.cols,
    false,
    results.length,
    data.stamp,
    nextMark(data),
  );
  const kept: Occurrence[] = [];
  let occurrences = 0;
  for (const d of ordered) {
    if (kept.length >= MAX_LINES) {
      occurrences += countRuns(data.text.body(d), terms);
      continue;
    }
    const runs = toRuns(findHits(data.text.body(d), terms));
    occurrences += runs.length;
    if (runs.length === 0) continue;
    const titleRuns = toRuns(findHits(data.text.title(d), terms)).length;
    for (let i = 0; i < runs.length && kept.length < MAX_LINES; i++)
      kept.push({ d, start: runs[i]!.start, end: runs[i]!.end, hitIndex: titleRuns + i });
  }
  let words: ContextWords[] | null = null;
  return {
    terms,
    articles: results.length,
    occurrences,
    kept,
    words() {
      words ??= kept.map(({ d, start, end }) => {
        const body = data.text.body(d);
        return {
          left: segmentWords(body.slice(Math.max(0, start - CONTEXT), start)),
          right: segmentWords(body.slice(end, end + CONTEXT)),
        };
      });
      return words;
    },
  };
}

const CACHED_RUNS = 8;
const runCache = new WeakMap<EngineData, Map<string, ConcordanceRun>>();

/** The run for a state, from a small per-index cache (most recently used last). */
export function getConcordanceRun(data: EngineData, state: SearchState): ConcordanceRun {
  const key = serializeSearchState({ ...state, page: 1, size: 20, sort: "newest", dup: "all" });
  let cache = runCache.get(data);
  if (!cache) runCache.set(data, (cache = new Map()));
  let run = cache.get(key);
  if (run) cache.delete(key);
  else run = findRun(data, state);
  cache.set(key, run);
  if (cache.size > CACHED_RUNS) cache.delete(cache.keys().next().value!);
  return run;
}
