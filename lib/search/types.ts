import type { RegionPath } from "../article";

/**
 * The engine's contract: one typed query value in, one plain serialisable response out.
 * The web page, the JSON API, the export and the CLI all use exactly these types.
 */

export type SortOrder = "relevance" | "newest" | "oldest";

export interface SearchState {
  /** Raw query text as typed (syntax: space = AND, "phrase", -exclude, A | B). */
  q: string;
  /** Region filter values "省/市/县" (a province includes its cities and counties); OR within. */
  region: string[];
  /** Theme names; OR within. */
  theme: string[];
  /** Source names; OR within. */
  source: string[];
  /** Inclusive date range, "YYYY-MM-DD"; articles with unknown date are excluded from a range. */
  from: string | null;
  to: string | null;
  sort: SortOrder;
  /** 1-based. */
  page: number;
  size: number;
  /** "collapse" (default): near-duplicate reposts are one result; "all": every article listed. */
  dup: DuplicateMode;
}

export type DuplicateMode = "collapse" | "all";

/** A run of text; `hit` marks a match. Never HTML. */
export interface Segment {
  text: string;
  hit: boolean;
}

export interface SimilarReport {
  id: string;
  title: string;
  date: string | null;
  source: string | null;
}

export interface SearchHit {
  id: string;
  title: Segment[];
  /** 1–3 passages, each a list of segments. */
  snippets: Segment[][];
  date: string | null;
  source: string | null;
  region: RegionPath | null;
  themes: { name: string; keywords: string[] }[];
  url: string | null;
  score: number;
  /** Near-duplicate reposts collapsed into this result. */
  similar: SimilarReport[];
}

export interface FacetValue {
  value: string;
  count: number;
}

export interface RegionFacetNode extends FacetValue {
  /** Display name of this level (e.g. "温州市"); `value` is the full path "浙江省/温州市". */
  name: string;
  children: RegionFacetNode[];
}

export interface DateFacet {
  granularity: "day" | "month" | "year";
  /** "YYYY-MM-DD", "YYYY-MM" or "YYYY", ascending. */
  buckets: FacetValue[];
  /** Matches with no known date. */
  unknown: number;
}

export interface Facets {
  region: RegionFacetNode[];
  theme: FacetValue[];
  source: FacetValue[];
  /** Over the whole span of the results, ignoring the date filter (for context). */
  date: DateFacet;
  /** Inside the chosen date range, every filter applied (date-detail.ts); null without a range. */
  dateDetail: DateFacet | null;
}

/** A relaxed query with results, offered when the query finds nothing. */
export interface Relaxation {
  state: SearchState;
  /** What was dropped, for the user: a term ("温州") or a filter ("地区: 浙江省"). */
  dropped: string;
  /** When only part of an unspaced term was dropped: the longest part that has results (量子纠缠). */
  kept: string | null;
  total: number;
}

/** A ranked page as ids only (see SearchEngine.rankIds). */
export interface RankedIds {
  total: number;
  tookMs: number;
  /** The page's hits in order, each with the ids of the near-duplicates collapsed into it. */
  hits: { id: string; similar: string[] }[];
}

export interface SearchResponse {
  state: SearchState;
  /** Total number of results (duplicate groups count once unless state.dup is "all"). */
  total: number;
  /** Articles that match, every repost counted: total plus the reposts collapsed into results. */
  matched: number;
  tookMs: number;
  hits: SearchHit[];
  facets: Facets;
  /** Set when total is 0 and a relaxed query has results. */
  relaxation: Relaxation | null;
  /** Query terms that match nothing on their own, to explain an empty result. */
  emptyTerms: string[];
  /**
   * Unspaced terms also read as their words (武汉疫情防控 → 武汉 疫情 防控); empty when none was.
   * Then the first `exact` results contain the query as typed, the rest contain all its words.
   */
  splitTerms: SplitTerm[];
  exact: number | null;
}

/** An unspaced query term and the words the index's segmenter reads in it. */
export interface SplitTerm {
  /** The term as typed. */
  display: string;
  /** Its words, normalised, in order. */
  words: string[];
}
