/** The cleaned, enriched article: what ingestion produces and the index stores. */

/** An administrative region path from the gazetteer: province › city › county. */
export interface RegionPath {
  /** Gazetteer code of the most specific level (e.g. "330303" for 龙湾区). */
  code: string;
  province: string;
  city: string | null;
  county: string | null;
}

/** A theme from `data/themes.json` and the keywords in the article that earned it. */
export interface ThemeMatch {
  id: string;
  name: string;
  score: number;
  keywords: string[];
}

export interface Article {
  /** Stable across rebuilds: derived from the URL, else from the content. */
  id: string;
  title: string;
  /** Cleaned original text (original script), paragraphs separated by "\n". */
  body: string;
  /** Publish date "YYYY-MM-DD", or null when the source gives none. */
  date: string | null;
  /** The outlet's canonical name (data/source-aliases.json). */
  source: string | null;
  /** The name the input gave the outlet, when the alias table changed it (CNTV → 央视网). */
  sourceOriginal?: string | null;
  author: string | null;
  /** Only ever an http(s) URL. */
  url: string | null;
  region: RegionPath | null;
  themes: ThemeMatch[];
  /** Top keywords by jieba TF-IDF. */
  keywords: string[];
  /** Where it came from: file path, plus ":line" for record files. */
  origin: string;
  /** From ingestion to the index writer only (never stored): see ArticleTokens. */
  tokens?: ArticleTokens;
}

/**
 * What ingestion's one jieba pass gives the index writer, so that the writer (and its thread)
 * never normalises or segments again: the search tokens of the normalised title and body and the title's words,
 * each list joined by TOKEN_SEPARATOR (one string each: a fraction of the memory of string arrays).
 * They are derived from the title and body: a copy of an article with other text must drop them.
 */
export interface ArticleTokens {
  title: string;
  body: string;
  titleWords: string;
  /** The normalised title and body (normalizeText): OpenCC is a fifth of ingestion's CPU. */
  normalizedTitle: string;
  normalizedBody: string;
}

export const TOKEN_SEPARATOR = "\u0001";

/** Region path as a filter/facet value: names joined by "/", e.g. "浙江省/温州市/龙湾区". */
export function toRegionValue(region: RegionPath): string {
  return [region.province, region.city, region.county].filter(Boolean).join("/");
}
