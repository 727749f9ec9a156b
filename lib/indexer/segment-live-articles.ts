import fs from "node:fs";
import path from "node:path";
import type { Article } from "../article";
import type { SegmentEntry } from "../index-dir/index-manifest";
import type { InputStamp } from "../index-dir/input-stamp";
import { DocStore } from "../search/store/doc-store";
import { INDEX_FILES } from "../search/store/index-format";
import { readSegmentInputs } from "../search/store/load-segment";
import { TextStore } from "../search/store/text-store";

/**
 * A written segment's live articles (less the manifest's deletions) read back from its files, with
 * the input each came from: what the database store records.
 */
export async function* segmentLiveArticles(
  dir: string,
  entry: SegmentEntry,
): AsyncGenerator<{ article: Article; stamp: InputStamp | null }> {
  const read = (f: string) => fs.promises.readFile(path.join(dir, f));
  const [docBytes, text, layout, inputs] = await Promise.all([
    read(INDEX_FILES.docs),
    read(INDEX_FILES.text),
    read(INDEX_FILES.textLayout),
    readSegmentInputs(dir),
  ]);
  const docs = new DocStore(docBytes, entry.count, dir);
  const store = new TextStore(text.toString("utf16le"), layout, dir);
  const deleted = new Set(entry.deleted);
  for (let d = 0; d < docs.length; d++) {
    const doc = docs.get(d);
    if (deleted.has(doc.id)) continue;
    yield { article: { ...doc, body: store.originalBody(d) }, stamp: inputs[d] ?? null };
  }
}
