import { createHash } from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import type { SegmentEntry } from "../../index-dir/index-manifest";
import type { ColumnSource } from "../../search/store/doc-columns";
import { INDEX_FILES } from "../../search/store/index-format";
import { segmentLiveArticles } from "../../indexer/segment-live-articles";

/**
 * The articles of a segment as rows of the `articles` table, read back from the files the indexer
 * wrote (so lib/indexer needs no hook): cleaned text and metadata, the input they came from, and
 * a content hash over both, which tells a merge (same hash, new segment) from a change.
 */

export interface ArticleRow {
  id: string;
  input_key: string | null;
  content_hash: string;
  /** JSON text of the stored document with its original-script body. */
  doc: string;
  segment_id: string;
}

/** jsonb refuses NUL and lone surrogates, which the indexer's strings may (rarely) hold. */
const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;
function jsonSafe(_key: string, value: unknown): unknown {
  return typeof value === "string"
    ? value.replace(/\u0000/g, "").replace(LONE_SURROGATE, "\ufffd")
    : value;
}

/** The live ids of a segment (its ids less the manifest's deletions), from the small column file. */
export function liveIdsOf(dir: string, entry: SegmentEntry): string[] {
  const columns = JSON.parse(
    fs.readFileSync(path.join(dir, INDEX_FILES.columns), "utf8"),
  ) as ColumnSource;
  const deleted = new Set(entry.deleted);
  return columns.ids.filter((id) => !deleted.has(id));
}

/** The segment's live articles in batches of `batch` rows. */
export async function* readSegmentArticles(
  dir: string,
  entry: SegmentEntry,
  batch = 500,
): AsyncGenerator<ArticleRow[]> {
  let rows: ArticleRow[] = [];
  for await (const { article, stamp } of segmentLiveArticles(dir, entry)) {
    const doc = JSON.stringify(article, jsonSafe);
    rows.push({
      id: article.id,
      input_key: stamp?.[0] ?? null,
      content_hash: createHash("sha256").update(doc).digest("hex"),
      doc,
      segment_id: entry.id,
    });
    if (rows.length >= batch) {
      yield rows;
      rows = [];
    }
  }
  if (rows.length > 0) yield rows;
}
