import fs from "node:fs/promises";
import path from "node:path";
import { Document } from "flexsearch";
import { segmentForSearch } from "../text/segment";

/**
 * The FlexSearch word index over title and body. Its encoder is jieba search-mode segmentation
 * of text the project's normaliser has already folded (documents are added normalised, query
 * terms arrive normalised), for documents and queries alike, so a query word hits only
 * where jieba saw the same word: the engine uses that as the "whole word" ranking signal on top
 * of its own substring matching (flexsearch's own CJK handling, highlighting and tag filters are
 * not used; see the notes in the search README comment of engine.ts).
 */

type FlexDoc = { id: number; title: string; body: string };
export type FlexIndex = Document<FlexDoc>;

/** `normalized` must already be normalizeText output: the writer adds normalised fields. */
export function encodeForFlex(normalized: string): string[] {
  return segmentForSearch(normalized);
}

export function createFlexIndex(): FlexIndex {
  return new Document<FlexDoc>({
    tokenize: "strict",
    // One slot: the engine scores documents itself, FlexSearch only answers "which docs".
    resolution: 1,
    encode: encodeForFlex,
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
  for (const key of keys) index.import(key, await fs.readFile(path.join(dir, `${key}.json`), "utf8"));
  return index;
}

/** Ascending doc numbers whose title or body holds every jieba word of the normalised `term` as an indexed word. */
export function searchFlexWords(index: FlexIndex, term: string, limit: number): Uint32Array {
  const ids: number[] = [];
  for (const field of index.search(term, { index: ["title", "body"], limit })) for (const id of field.result) ids.push(Number(id));
  const sorted = Uint32Array.from(ids).sort();
  let n = 0;
  for (let i = 0; i < sorted.length; i++) if (i === 0 || sorted[i] !== sorted[i - 1]) sorted[n++] = sorted[i]!;
  return sorted.subarray(0, n);
}
