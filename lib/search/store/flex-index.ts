import fs from "node:fs/promises";
import path from "node:path";
import { readWholeTextFile } from "../../index-dir/read-whole-file";
import { Document } from "flexsearch";
import { segmentForSearch } from "../../text/analyze-text";

/**
 * The FlexSearch word index over title and body. Its encoder is jieba search-mode segmentation
 * of text the project's normaliser has already folded (documents are added normalised, query
 * terms arrive normalised), for documents and queries alike, so a query word hits only
 * where jieba saw the same word: the engine uses that as the "whole word" ranking signal on top
 * of its own substring matching (flexsearch's own CJK handling, highlighting and tag filters are
 * not used). Queries look words up one at a time (see lookupFlexWord), so a rare term is not
 * made slow by FlexSearch intersecting the long lists of common words it contains.
 */

type FlexDoc = { id: number; title: string; body: string };
export type FlexIndex = Document<FlexDoc>;

// A query starting with this private-use character is one literal word, not text to segment.
const LITERAL_WORD = "\ue000";

/** `normalized` must already be normalizeText output: the writer adds normalised fields. */
export function encodeForFlex(normalized: string): string[] {
  if (normalized.startsWith(LITERAL_WORD)) return [normalized.slice(1)];
  return segmentForSearch(normalized);
}

/** `tokensOf` gives the tokens of a field already segmented at ingestion (ArticleTokens). */
export function createFlexIndex(
  tokensOf: (text: string) => string[] | undefined = () => undefined,
): FlexIndex {
  return new Document<FlexDoc>({
    tokenize: "strict",
    // One slot: the engine scores documents itself, FlexSearch only answers "which docs".
    resolution: 1,
    encode: (text: string) => tokensOf(text) ?? encodeForFlex(text),
    document: { id: "id", index: ["title", "body"] },
  });
}

/** Writes one file per exported key into `dir`; returns the keys in export order. */
export async function writeFlexIndex(index: FlexIndex, dir: string): Promise<string[]> {
  await fs.mkdir(dir, { recursive: true });
  const keys: string[] = [];
  const writes: Promise<void>[] = [];
  await index.export((key: string, data: string) => {
    keys.push(key);
    writes.push(fs.writeFile(path.join(dir, `${key}.json`), data));
  });
  await Promise.all(writes);
  return keys;
}

export async function loadFlexIndex(dir: string, keys: readonly string[]): Promise<FlexIndex> {
  // Load jieba's dictionaries now rather than on the first query.
  encodeForFlex("预热");
  const index = createFlexIndex();
  for (const key of keys) index.import(key, await readWholeTextFile(path.join(dir, `${key}.json`)));
  return index;
}

export type FlexField = "title" | "body";

/** Doc numbers (unordered) whose `field` has `word` (one jieba token, normalised) as an indexed word. */
export function lookupFlexWord(
  index: FlexIndex,
  field: FlexField,
  word: string,
  limit: number,
): number[] {
  const ids: number[] = [];
  for (const r of index.search(LITERAL_WORD + word, { index: [field], limit }))
    for (const id of r.result) ids.push(Number(id));
  return ids;
}
