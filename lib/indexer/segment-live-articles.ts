import type { Article } from "../article";
import type { SegmentEntry } from "../index-dir/index-manifest";
import type { InputStamp } from "../index-dir/input-stamp";
import { readSegmentRecords } from "../search/store/load-segment";

/**
 * A written segment's live articles (less the manifest's deletions) read back from its files, with
 * the input each came from: what the database store records.
 */
export async function* segmentLiveArticles(
  dir: string,
  entry: SegmentEntry,
): AsyncGenerator<{ article: Article; stamp: InputStamp | null }> {
  const { docs, text: store, inputs } = await readSegmentRecords(dir, entry.count);
  const deleted = new Set(entry.deleted);
  for (let d = 0; d < docs.length; d++) {
    const doc = docs.get(d);
    if (deleted.has(doc.id)) continue;
    yield { article: { ...doc, body: store.originalBody(d) }, stamp: inputs[d] ?? null };
  }
}
