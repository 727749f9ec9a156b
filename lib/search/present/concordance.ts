import { normalizeText } from "../../text/normalize";
import type { EngineData } from "../store/engine-data";
import type { SearchState } from "../types";
import { findCollocates, type Collocate } from "./collocates";
import { CONTEXT, getConcordanceRun, type ContextWords, type Occurrence } from "./concordance-run";

/**
 * A keyword-in-context concordance: every occurrence of the query's terms in the articles the
 * search matches (same matcher, folding and filters; reposts included, each is a text), one line
 * each, newest article first or sorted on the jieba word beside the term. Only the requested page
 * of lines is cut from the text; collocates are their own call (`buildCollocates`).
 */

export { MAX_LINES } from "./concordance-run";

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

export interface ConcordanceView {
  sort: ConcordanceSort;
  /** Only lines with this word within the collocate window of the term, or null. */
  near?: string | null;
  /** Page of `size` lines (1-based, clamped to the last), or "all" for every kept line. */
  page?: number | "all";
  size?: number;
}

export interface Concordance {
  near: string | null;
  occurrences: number;
  articles: number;
  /** Lines kept (at most MAX_LINES), after `near`. */
  lineCount: number;
  capped: boolean;
  /** The page shown (1 when all lines are asked for). */
  page: number;
  lines: ConcordanceLine[];
}

/** Jieba words within `window` words either side of the term. */
function windowWords(w: ContextWords, window: number): Set<string> {
  return new Set([...w.left.slice(-window), ...w.right.slice(0, window)]);
}

const COLLOCATE_WINDOW = 5;

const flat = (s: string) => s.replace(/\s+/g, " ");

function toLine(data: EngineData, o: Occurrence): ConcordanceLine {
  const doc = data.docs.get(o.d);
  const original = data.text.originalBody(o.d);
  return {
    id: doc.id,
    date: doc.date,
    source: doc.source,
    left: flat(original.slice(Math.max(0, o.start - CONTEXT), o.start)),
    hit: original.slice(o.start, o.end),
    right: flat(original.slice(o.end, o.end + CONTEXT)),
    hitIndex: o.hitIndex,
  };
}

export function buildConcordance(
  data: EngineData,
  state: SearchState,
  view: ConcordanceView,
): Concordance {
  const run = getConcordanceRun(data, state);
  const near = view.near ?? null;
  let order = run.kept.map((_, i) => i);
  if (near) {
    // The same window as the collocate counts, so a collocate's link lists exactly its lines.
    const w = normalizeText(near);
    const words = run.words();
    order = order.filter((i) => windowWords(words[i]!, COLLOCATE_WINDOW).has(w));
  }
  if (view.sort !== "date") {
    // The left word is compared from its end, as concordancers do; ties keep the date order.
    const words = run.words();
    const key = (i: number) =>
      view.sort === "left"
        ? [...(words[i]!.left.at(-1) ?? "")].reverse().join("")
        : (words[i]!.right[0] ?? "");
    const keyed = order.map((i) => ({ i, k: key(i) }));
    // Lines with no word there (the text ends, or only punctuation follows) come last.
    keyed.sort((a, b) => (a.k === b.k ? a.i - b.i : !a.k ? 1 : !b.k ? -1 : a.k < b.k ? -1 : 1));
    order = keyed.map((x) => x.i);
  }
  const size = view.size ?? 50;
  const pages = Math.max(1, Math.ceil(order.length / size));
  const page = view.page === "all" ? 1 : Math.min(Math.max(1, view.page ?? 1), pages);
  const shown = view.page === "all" ? order : order.slice((page - 1) * size, page * size);
  return {
    near,
    occurrences: run.occurrences,
    articles: run.articles,
    lineCount: order.length,
    capped: run.occurrences > run.kept.length,
    page,
    lines: shown.map((i) => toLine(data, run.kept[i]!)),
  };
}

/** The words most associated with the query's terms in its concordance (see collocates.ts). */
export function buildCollocates(data: EngineData, state: SearchState): Collocate[] {
  const run = getConcordanceRun(data, state);
  // Every page and order of one concordance shows the same collocates.
  return (run.collocates ??= findCollocates(
    data,
    run.words().map((w) => windowWords(w, COLLOCATE_WINDOW)),
    run.terms,
    2 * COLLOCATE_WINDOW,
  ));
}
