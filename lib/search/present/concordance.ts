import { normalizeText } from "../../text/normalize";
import { segmentWords } from "../../text/segment";
import { buildDocFilter, keepPassing } from "../facets/filters";
import { evaluateQuery } from "../match/query-eval";
import { parseQuery, positiveTerms } from "../query/parse-query";
import { orderByDate } from "../rank/rank-order";
import { nextMark, type EngineData } from "../store/engine-data";
import type { SearchState } from "../types";
import { findCollocates, windowWords, type Collocate } from "./collocates";
import { findHits, type Hit } from "./highlight";

/**
 * A keyword-in-context concordance: every occurrence of the query's terms in the articles the
 * search matches (same matcher, folding and filters; reposts included, each is a text), one line
 * each, newest article first. Lines are kept up to MAX_LINES; occurrences are all counted.
 * `hitIndex` is the occurrence's number on the article page (title hits first), for #hit-N.
 */

export type ConcordanceSort = "date" | "left" | "right";

export interface ConcordanceLine {
  id: string;
  date: string | null;
  source: string | null;
  left: string;
  hit: string;
  right: string;
  hitIndex: number;
}

export interface Concordance {
  /** Only lines with this word near the term (a collocate), or null. */
  near: string | null;
  occurrences: number;
  articles: number;
  /** Lines kept (at most MAX_LINES), in the chosen order. */
  lines: ConcordanceLine[];
  capped: boolean;
  /** Words most associated with the term in the kept lines (before `near` narrows them). */
  collocates: Collocate[];
}

export const MAX_LINES = 5000;
const CONTEXT = 28;

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

const flat = (s: string) => s.replace(/\s+/g, " ");

/** The word next to the term: last word of the left context, or first of the right. */
function neighbour(text: string, side: "left" | "right"): string {
  const words = segmentWords(normalizeText(text));
  return (side === "left" ? words.at(-1) : words[0]) ?? "";
}

export function buildConcordance(
  data: EngineData,
  state: SearchState,
  sort: ConcordanceSort,
  near: string | null = null,
): Concordance {
  const parsed = parseQuery(state.q);
  const terms = positiveTerms(parsed).map((t) => t.text);
  if (terms.length === 0)
    return { near, occurrences: 0, articles: 0, lines: [], capped: false, collocates: [] };
  const results = keepPassing(
    evaluateQuery(data, parsed).matches,
    buildDocFilter(state, data.cols),
  );
  const ordered = orderByDate(
    results,
    data.cols,
    false,
    results.length,
    data.stamp,
    nextMark(data),
  );
  const lines: ConcordanceLine[] = [];
  let occurrences = 0;
  for (const d of ordered) {
    const runs = toRuns(findHits(data.text.body(d), terms));
    occurrences += runs.length;
    if (lines.length >= MAX_LINES) continue;
    const doc = data.docs.get(d);
    const original = data.text.originalBody(d);
    const titleRuns = toRuns(findHits(data.text.title(d), terms)).length;
    runs.forEach((r, i) => {
      if (lines.length >= MAX_LINES) return;
      lines.push({
        id: doc.id,
        date: doc.date,
        source: doc.source,
        left: flat(original.slice(Math.max(0, r.start - CONTEXT), r.start)),
        hit: original.slice(r.start, r.end),
        right: flat(original.slice(r.end, r.end + CONTEXT)),
        hitIndex: titleRuns + i,
      });
    });
  }
  const collocates = findCollocates(data, lines, terms);
  const capped = occurrences > lines.length;
  if (near) {
    // The same window as the collocate counts, so a collocate's link lists exactly its lines.
    const w = normalizeText(near);
    const kept = lines.filter((l) => windowWords(l).has(w));
    lines.splice(0, lines.length, ...kept);
  }
  if (sort !== "date") {
    // Sorted on the jieba word beside the term, so that recurring collocations line up; the
    // left word is compared from its end, as concordancers do.
    const key = (l: ConcordanceLine) =>
      sort === "left"
        ? [...neighbour(l.left, "left")].reverse().join("")
        : neighbour(l.right, "right");
    const keyed = lines.map((l, i) => ({ l, k: key(l), i }));
    keyed.sort((a, b) => (a.k < b.k ? -1 : a.k > b.k ? 1 : a.i - b.i));
    lines.splice(0, lines.length, ...keyed.map((x) => x.l));
  }
  return { near, occurrences, articles: results.length, lines, capped, collocates };
}
