import type { TrendPeriod } from "../search/present/trends";
import type { SearchState } from "../search/types";
import type { TrendMeasure } from "../charts/render-trends-svg";
import { toBucketRange } from "./date-range";
import { buildSearchHref, toViewParams } from "./search-links";

/**
 * Links of the trends view: the queries (q repeated) and the shared filters in the one search
 * schema, plus the view's period ("by") and measure ("count"; the share is the default).
 */

function trendsQuery(
  states: readonly SearchState[],
  by: TrendPeriod | null,
  measure: TrendMeasure,
): string {
  const base = states[0];
  const params = base
    ? toViewParams(base, ["q", "sort", "page", "size", "dup"])
    : new URLSearchParams();
  const out = new URLSearchParams();
  for (const s of states) out.append("q", s.q);
  for (const [k, v] of params) out.append(k, v);
  if (by) out.set("by", by);
  if (measure === "count") out.set("measure", "count");
  return out.toString();
}

export function buildTrendsHref(
  states: readonly SearchState[],
  by: TrendPeriod | null = null,
  measure: TrendMeasure = "share",
): string {
  const q = trendsQuery(states, by, measure);
  return q ? `/trends?${q}` : "/trends";
}

export function buildTrendsDataHref(
  states: readonly SearchState[],
  by: TrendPeriod | null,
  format: "csv" | "svg" | "png",
  measure: TrendMeasure = "share",
): string {
  return `/api/trends?format=${format}&${trendsQuery(states, by, measure)}`;
}

/** The search page for one query in one period of the chart; every article listed (reposts too),
 * as the chart counts them, so the page shows the number that was clicked. */
export function buildPeriodSearchHref(state: SearchState, by: TrendPeriod, label: string): string {
  let range = toBucketRange(label);
  if (by === "week" && range) {
    const end = new Date(Date.parse(`${label}T00:00:00Z`) + 6 * 86_400_000)
      .toISOString()
      .slice(0, 10);
    range = { from: label, to: end };
  }
  return buildSearchHref({
    ...state,
    from: range?.from ?? null,
    to: range?.to ?? null,
    page: 1,
    dup: "all",
  });
}
