import type { EngineData } from "../store/engine-data";
import { segmentWords } from "../../text/segment";
import { buildDocFilter, keepPassing } from "../facets/filters";
import { countGroups } from "./page-hits";
import { formatQuery, type ParsedQuery } from "../query/parse-query";
import { evaluateQuery, type MatchCache } from "../match/query-eval";
import type { Relaxation, SearchState } from "../types";
import { splitQueryWords, splitWords } from "../query/word-split";

/**
 * For a query without results, the smallest change that has some: first, for an unspaced term
 * of several words, its longest run of words that has results (量子纠缠猫咪 → 量子纠缠); then drop one query term
 * (terms matching nothing first, then the rarest; at most MAX_TERM_DROPS tries), then the
 * exclusions, then one filter (the one whose removal yields the most results). Term matches
 * come from the search's own cache, so a try costs set operations, not text scans.
 */

// Each try is a full evaluation; a long query tries its rarest terms only.
const MAX_TERM_DROPS = 6;

function count(
  data: EngineData,
  state: SearchState,
  parsed: ParsedQuery,
  cache: MatchCache,
): number {
  // Counted as the search page will run it: with the all-words reading of unspaced terms.
  const { matches } = evaluateQuery(data, splitQueryWords(parsed)?.allWords ?? parsed, cache);
  return countGroups(data, keepPassing(matches, buildDocFilter(state, data.cols)));
}

function withQuery(state: SearchState, parsed: ParsedQuery): SearchState {
  return { ...state, q: formatQuery(parsed), page: 1 };
}

export function findRelaxation(
  data: EngineData,
  state: SearchState,
  parsed: ParsedQuery,
  df: Map<string, number>,
  cache: MatchCache,
): Relaxation | null {
  const part = findLongestPart(data, state, parsed, cache);
  if (part) return part;
  if (parsed.groups.length > 1) {
    const groupDf = (i: number) => Math.max(...parsed.groups[i]!.map((t) => df.get(t.text) ?? 0));
    const order = parsed.groups.map((_, i) => i).sort((a, b) => groupDf(a) - groupDf(b));
    for (const i of order.slice(0, MAX_TERM_DROPS)) {
      const relaxed = { ...parsed, groups: parsed.groups.filter((_, j) => j !== i) };
      const total = count(data, state, relaxed, cache);
      if (total > 0)
        return {
          state: withQuery(state, relaxed),
          dropped: parsed.groups[i]!.map((t) => t.display).join(" | "),
          kept: null,
          total,
        };
    }
  }
  if (parsed.excluded.length > 0 && parsed.groups.length > 0) {
    const relaxed = { ...parsed, excluded: [] };
    const total = count(data, state, relaxed, cache);
    if (total > 0)
      return {
        state: withQuery(state, relaxed),
        dropped: parsed.excluded.map((t) => `-${t.display}`).join(" "),
        kept: null,
        total,
      };
  }
  const dateLabel = `日期: ${state.from ?? "…"} – ${state.to ?? "…"}`;
  const options: [SearchState, string][] = [];
  if (state.region.length)
    options.push([{ ...state, region: [], page: 1 }, `地区: ${state.region.join("、")}`]);
  if (state.theme.length)
    options.push([{ ...state, theme: [], page: 1 }, `主题: ${state.theme.join("、")}`]);
  if (state.source.length)
    options.push([{ ...state, source: [], page: 1 }, `来源: ${state.source.join("、")}`]);
  if (state.from || state.to)
    options.push([{ ...state, from: null, to: null, page: 1 }, dateLabel]);
  let best: Relaxation | null = null;
  for (const [relaxedState, dropped] of options) {
    const total = count(data, relaxedState, parsed, cache);
    if (total > 0 && (!best || total > best.total))
      best = { state: relaxedState, dropped, kept: null, total };
  }
  return best;
}

// Each part tried is a full evaluation (term matches are cached); longer parts are tried first.
const MAX_PART_TRIES = 12;

/** Runs of consecutive words of `text`, longest first, the whole excluded. */
function wordRuns(text: string, words: string[]): string[] {
  const runs = new Set<string>();
  for (let i = 0; i < words.length; i++)
    for (let j = i + 1; j <= words.length; j++) {
      const run = words.slice(i, j).join("");
      if (run !== text && text.includes(run)) runs.add(run);
    }
  return [...runs].sort((a, b) => b.length - a.length);
}

/** The longest run of words of an unspaced term that has results, the rest of the term dropped. */
function findLongestPart(
  data: EngineData,
  state: SearchState,
  parsed: ParsedQuery,
  cache: MatchCache,
): Relaxation | null {
  for (const [gi, group] of parsed.groups.entries()) {
    const term = group.length === 1 ? group[0]! : null;
    if (!term || splitWords(term).length === 0) continue;
    let best: Relaxation | null = null;
    for (const run of wordRuns(term.text, segmentWords(term.text)).slice(0, MAX_PART_TRIES)) {
      if (best && run.length < (best.kept?.length ?? 0)) break;
      // The normaliser keeps lengths, so the run's place in the typed text is the same.
      const at = term.text.indexOf(run);
      const kept = term.display.slice(at, at + run.length);
      const relaxed = {
        ...parsed,
        groups: parsed.groups.map((g, j) =>
          j === gi ? [{ ...term, text: run, display: kept }] : g,
        ),
      };
      const total = count(data, state, relaxed, cache);
      if (total > 0 && (!best || total > best.total)) {
        const rest = [term.display.slice(0, at), term.display.slice(at + run.length)];
        const dropped = rest.filter(Boolean).join("、");
        best = { state: withQuery(state, relaxed), dropped, kept, total };
      }
    }
    if (best) return best;
  }
  return null;
}
