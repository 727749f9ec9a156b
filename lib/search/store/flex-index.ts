import { setImmediate as nextTurn } from "node:timers/promises";
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

/**
 * Characters per file of a field's word map. FlexSearch exports a field's whole map as one array
 * (8 MB, 67k words, for the body of 8,000 articles), and parsing it stalled a serving process's
 * event loop for 190 ms when it loaded a new segment. Its import adds a map's entries to what is
 * there, so the map is written in parts ("body.1-0.map", "body.1-1.map", …: FlexSearch reads the
 * field and the kind from the first and last parts of the name) that load between requests. Parts
 * are cut by size, not by word count: the map lists common words first, and 5,000 of those (the
 * earlier cut) made a first part of 3.6 MB, 91 ms to import.
 */
const PART_CHARS = 128 * 1024;

/** One word of an exported map: the word and its documents, per resolution slot. */
export type WordEntry = [string, number[][]];

/** About the characters of an entry in JSON, without writing it out. */
function entryChars([word, slots]: WordEntry): number {
  let docs = 0;
  for (const slot of slots) docs += slot.length;
  return word.length + 8 + docs * 6;
}

function splitWordMap(key: string, data: string): [string, string][] {
  const [field, chunk, kind] = key.split(".");
  if (kind !== "map" || data.length <= PART_CHARS) return [[key, data]];
  const parts: [string, string][] = [];
  let part: WordEntry[] = [];
  let chars = 0;
  const flush = () => {
    parts.push([`${field}.${chunk}-${parts.length}.map`, JSON.stringify(part)]);
    [part, chars] = [[], 0];
  };
  for (const entry of JSON.parse(data) as WordEntry[]) {
    part.push(entry);
    if ((chars += entryChars(entry)) >= PART_CHARS) flush();
  }
  if (part.length) flush();
  return parts;
}

/** Writes one file per exported key (a word map in parts) into `dir`; returns the keys in order. */
export async function writeFlexIndex(index: FlexIndex, dir: string): Promise<string[]> {
  await fs.mkdir(dir, { recursive: true });
  const keys: string[] = [];
  const writes: Promise<void>[] = [];
  await index.export((exported: string, data: string) => {
    for (const [key, part] of splitWordMap(exported, data)) {
      keys.push(key);
      writes.push(fs.writeFile(path.join(dir, `${key}.json`), part));
    }
  });
  await Promise.all(writes);
  return keys;
}

/** Imports the files of `keys`, one per event-loop turn, so a server keeps answering meanwhile. */
export async function loadFlexIndex(dir: string, keys: readonly string[]): Promise<FlexIndex> {
  // Load jieba's dictionaries now rather than on the first query.
  encodeForFlex("预热");
  const index = createFlexIndex();
  for (const key of keys) {
    index.import(key, await readWholeTextFile(path.join(dir, `${key}.json`)));
    await nextTurn();
  }
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
