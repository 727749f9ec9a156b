import type { SearchState } from "../types";
import type { DocColumns } from "../store/doc-columns";
import { scratchUint32 } from "../match/scratch";

/**
 * The four filter dimensions as bits, so one pass over the match set can tell, per document,
 * which filters it fails: a document failing only X still counts in facet X (disjunctive facets).
 * The allowed values are byte masks over the interned column ids, so a check is a few array reads.
 */

export const FILTER_REGION = 1;
export const FILTER_THEME = 2;
export const FILTER_SOURCE = 4;
export const FILTER_DATE = 8;

/** The region filter value for articles in which no region was found. */
export const UNKNOWN_REGION = "未识别地区";

export interface DocFilter {
  /** Bit set of the filters doc d fails (0 = passes all). */
  failures(d: number): number;
  readonly active: number;
  /** Allowed region ids / theme ids / source ids (1 = allowed), null when that filter is off. */
  readonly region: Uint8Array | null;
  readonly theme: Uint8Array | null;
  readonly source: Uint8Array | null;
  /** Inclusive yyyymmdd range; only applied when FILTER_DATE is active. */
  readonly from: number;
  readonly to: number;
}

function allowedMask(
  values: readonly string[],
  selected: readonly string[],
  matches: (value: string, sel: string) => boolean,
): Uint8Array | null {
  if (selected.length === 0) return null;
  return Uint8Array.from(values, (v) => (selected.some((s) => matches(v, s)) ? 1 : 0));
}

function dateNumber(s: string | null, fallback: number): number {
  return s ? Number(s.replaceAll("-", "")) : fallback;
}

export function buildDocFilter(state: SearchState, cols: DocColumns): DocFilter {
  // A province includes its cities and counties: prefix match on the "省/市/县" path.
  const region = allowedMask(
    cols.regionValues,
    state.region,
    (v, s) => v === s || v.startsWith(`${s}/`),
  );
  const allowUnknownRegion = state.region.includes(UNKNOWN_REGION);
  const theme = allowedMask(cols.themes, state.theme, (v, s) => v === s);
  const source = allowedMask(cols.sources, state.source, (v, s) => v === s);
  const hasDate = state.from !== null || state.to !== null;
  const from = dateNumber(state.from, 0);
  const to = dateNumber(state.to, 99999999);
  const active =
    (region ? FILTER_REGION : 0) |
    (theme ? FILTER_THEME : 0) |
    (source ? FILTER_SOURCE : 0) |
    (hasDate ? FILTER_DATE : 0);
  const { regionId, sourceId, themeStart, themeIds, date } = cols;
  return {
    active,
    region,
    theme,
    source,
    from,
    to,
    failures(d: number): number {
      if (active === 0) return 0;
      let f = 0;
      if (region) {
        const r = regionId[d]!;
        if (r < 0 ? !allowUnknownRegion : region[r] !== 1) f |= FILTER_REGION;
      }
      if (theme) {
        let hit = false;
        for (let k = themeStart[d]!; k < themeStart[d + 1]! && !hit; k++)
          hit = theme[themeIds[k]!] === 1;
        if (!hit) f |= FILTER_THEME;
      }
      if (source) {
        const s = sourceId[d]!;
        if (s < 0 || source[s] !== 1) f |= FILTER_SOURCE;
      }
      if (hasDate) {
        // Unknown dates (0) are excluded from any range.
        const day = date[d]!;
        if (day === 0 || day < from || day > to) f |= FILTER_DATE;
      }
      return f;
    },
  };
}

/** The matches passing every filter (scratch space, or `matches` itself when no filter is set). */
export function keepPassing(
  matches: Uint32Array,
  filter: DocFilter,
  slot: "results" | "exactResults" = "results",
): Uint32Array {
  if (filter.active === 0) return matches;
  const results = scratchUint32(slot, matches.length);
  let n = 0;
  for (let i = 0; i < matches.length; i++)
    if (filter.failures(matches[i]!) === 0) results[n++] = matches[i]!;
  return results.subarray(0, n);
}
