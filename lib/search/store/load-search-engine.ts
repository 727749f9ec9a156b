import fs from "node:fs";
import path from "node:path";
import type { Article } from "../../article";
import { loadManifest, MANIFEST_FILE, segmentDir } from "../../index-dir/index-manifest";
import { composeEngineData } from "./compose-engine-data";
import { loadSegment, type LoadedSegment } from "./load-segment";
import { createSearchEngine } from "../search-engine";
import type { Collocate } from "../present/collocates";
import type { Concordance, ConcordanceView } from "../present/concordance";
import type { TrendPeriod, Trends } from "../present/trends";
import type { Taxonomy } from "../../themes/load-themes";
import type { RankedIds, Segment, SearchResponse, SearchState, SimilarReport } from "../types";

export interface SearchEngine {
  search(state: SearchState): SearchResponse;
  /** The page `search` would show, as ranked ids only: no facets, snippets or relaxation. */
  rankIds(state: SearchState): RankedIds;
  getArticle(id: string): Article | null;
  /** Title and paragraphs of the cleaned text with every hit of q's positive terms marked. */
  highlightArticle(id: string, q: string): { title: Segment[]; paragraphs: Segment[][] } | null;
  related(id: string, limit: number): SimilarReport[];
  suggest(prefix: string, limit: number): string[];
  /** Every occurrence of the query's terms in the matching articles, in context. */
  concordance(state: SearchState, view: ConcordanceView): Concordance;
  /** The words most associated with the query's terms within a few words of them. */
  collocates(state: SearchState): Collocate[];
  /** Matches per period for several queries under one set of filters (the first state's). */
  trends(states: readonly SearchState[], by: TrendPeriod | null): Trends;
  readonly articleCount: number;
  /** Example queries taken from the corpus at build time (starter-queries.ts). */
  readonly starterQueries: readonly string[];
  /** The theme taxonomy the index was built with, when recorded. */
  readonly taxonomy: Taxonomy | null;
}

/** Loaded segments by folder, shared by successive index views of one process. */
export class SegmentCache {
  private readonly loaded = new Map<string, Promise<LoadedSegment>>();

  get(dir: string): Promise<LoadedSegment> {
    let seg = this.loaded.get(dir);
    if (!seg) {
      seg = loadSegment(dir);
      this.loaded.set(dir, seg);
      // A failed load is retried by the next view, not remembered.
      seg.catch(() => this.loaded.delete(dir));
    }
    return seg;
  }

  /** Forgets segments no longer listed (their memory goes once the old view retires). */
  keepOnly(dirs: readonly string[]): void {
    for (const dir of this.loaded.keys()) if (!dirs.includes(dir)) this.loaded.delete(dir);
  }

  get size(): number {
    return this.loaded.size;
  }
}

/**
 * Loads a published index (a build folder whose manifest lists segments, each loaded once per
 * cache) or a bare segment folder written by writeSearchIndex (tests, benchmarks).
 */
export async function loadSearchEngine(
  link: string,
  cache: SegmentCache = new SegmentCache(),
): Promise<SearchEngine> {
  // Segments are found beside the real build folder, not beside a link to it.
  const dir = fs.realpathSync(link);
  if (!fs.existsSync(path.join(dir, MANIFEST_FILE))) {
    const segment = await cache.get(dir);
    const data = await composeEngineData([{ segment, deleted: new Set() }], segment.meta);
    return createSearchEngine(data);
  }
  const manifest = loadManifest(dir);
  const dirs = manifest.segments.map((s) => segmentDir(dir, s.id));
  const segments = await Promise.all(dirs.map((d) => cache.get(d)));
  const data = await composeEngineData(
    segments.map((segment, i) => ({ segment, deleted: new Set(manifest.segments[i]!.deleted) })),
    {
      createdAt: manifest.builtAt,
      starterQueries: manifest.starterQueries,
      taxonomy: manifest.taxonomy,
    },
  );
  cache.keepOnly(dirs);
  return createSearchEngine(data);
}
