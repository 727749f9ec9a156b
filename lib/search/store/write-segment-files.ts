import fs from "node:fs/promises";
import path from "node:path";
import type { InputStamp } from "../../index-dir/input-stamp";
import type { Taxonomy } from "../../themes/load-themes";
import { toColumnSource, type StoredDoc } from "./doc-columns";
import { serializeDocs } from "./doc-store";
import { writeFlexIndex, type FlexIndex } from "./flex-index";
import {
  INDEX_FILES,
  SEARCH_INDEX_FORMAT,
  SEARCH_INDEX_VERSION,
  type SearchMeta,
} from "./index-format";
import { toKeywordFile } from "./keyword-file";
import { pickStarterQueries } from "./starter-queries";
import { buildTextStore } from "./text-store";
import type { VocabularyEntries } from "../present/suggest";

/**
 * What a segment folder holds, doc by doc, and how it is written: by a build (segment-builder.ts,
 * which segments each article) and by a merge (merge-segment-files.ts, which takes the word lists,
 * postings, signatures and vocabulary from the segments it merges). One writer, so the two cannot
 * drift.
 */
export interface SegmentContents {
  docs: readonly StoredDoc[];
  /** Original and normalised titles and bodies, aligned with docs. */
  titles: readonly string[];
  bodies: readonly string[];
  normTitles: readonly string[];
  normBodies: readonly string[];
  inputs: readonly (InputStamp | null)[];
  /** MinHash signatures of normBodies, SIGNATURE_HASHES per doc (near-duplicates.ts). */
  minhash: Uint32Array;
  /** Suggestion vocabulary: [term, docCount][] sorted by term. */
  vocabulary: VocabularyEntries;
  /** The FlexSearch word index with the docs numbered 0…n-1 in this order. */
  flex: FlexIndex;
  /** Character n-gram postings of normTitles and normBodies (gram-postings.ts). */
  grams: { title: Uint8Array; body: Uint8Array };
}

/** Writes the segment's files into `dir`, the versioned meta file last. */
export async function writeSegmentFiles(
  dir: string,
  c: SegmentContents,
  taxonomy: Taxonomy | null,
): Promise<void> {
  await fs.mkdir(dir, { recursive: true });
  const write = (file: string, data: string | Uint8Array) =>
    fs.writeFile(path.join(dir, file), data);
  const writeJson = (file: string, value: unknown) => write(file, JSON.stringify(value));
  const { docs, normBodies, minhash } = c;
  const { text, layout } = buildTextStore(c.titles, c.bodies, c.normTitles, normBodies);
  await write(INDEX_FILES.text, Buffer.from(text, "utf16le"));
  await write(INDEX_FILES.textLayout, layout);
  await write(INDEX_FILES.titleGrams, c.grams.title);
  await write(INDEX_FILES.bodyGrams, c.grams.body);
  await write(
    INDEX_FILES.minhash,
    new Uint8Array(minhash.buffer, minhash.byteOffset, minhash.byteLength),
  );
  await writeJson(INDEX_FILES.inputs, c.inputs);
  await writeJson(INDEX_FILES.vocabulary, c.vocabulary);
  const flexKeys = await writeFlexIndex(c.flex, path.join(dir, INDEX_FILES.flexDir));
  await write(INDEX_FILES.docs, serializeDocs(docs));
  await writeJson(INDEX_FILES.columns, toColumnSource(docs));
  await writeJson(INDEX_FILES.keywords, toKeywordFile(docs));
  const meta: SearchMeta = {
    format: SEARCH_INDEX_FORMAT,
    version: SEARCH_INDEX_VERSION,
    articleCount: docs.length,
    avgBodyLength: docs.length ? normBodies.reduce((s, b) => s + b.length, 0) / docs.length : 0,
    flexKeys,
    createdAt: new Date().toISOString(),
    starterQueries: pickStarterQueries(docs),
    taxonomy,
  };
  await write(INDEX_FILES.meta, JSON.stringify(meta, null, 2));
}
