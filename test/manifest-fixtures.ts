import {
  INDEX_FORMAT,
  INDEX_FORMAT_VERSION,
  type IndexManifest,
  type SegmentEntry,
} from "../lib/index-dir/index-manifest";

/** A manifest as `npm run index` writes it, listing the given segments. */
export function testManifest(
  buildId: string,
  articleCount: number,
  segments: SegmentEntry[] = [],
): IndexManifest {
  return {
    format: INDEX_FORMAT,
    version: INDEX_FORMAT_VERSION,
    buildId,
    builtAt: new Date().toISOString(),
    articleCount,
    inputs: [],
    skipped: 0,
    segments,
    changes: { added: articleCount, updated: 0, unchanged: 0, removed: 0, skipped: 0 },
    starterQueries: [],
    taxonomy: null,
  };
}
