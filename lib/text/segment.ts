import path from "node:path";
import { createRequire } from "node:module";

/**
 * Word segmentation with nodejieba, loaded once per process with the domain user dictionary
 * (`data/userdict.txt`) so that 联防联控, 复工复产, 临时党支部 … stay whole. Index time and query time
 * both call these functions on text that `normalizeText` has already normalised.
 */

type Jieba = {
  load(options: { userDict?: string }): void;
  cut(text: string, hmm?: boolean): string[];
  cutForSearch(text: string, hmm?: boolean): string[];
  extract(text: string, topN: number): { word: string; weight: number }[];
  tag(text: string): { word: string; tag: string }[];
};

const require = createRequire(import.meta.url);
let jieba: Jieba | null = null;

export const USER_DICT_PATH = path.join(process.cwd(), "data", "userdict.txt");

function getJieba(): Jieba {
  if (!jieba) {
    // Loaded lazily (and only once: a second load() would drop words added later).
    const loaded = require("nodejieba") as Jieba;
    loaded.load({ userDict: USER_DICT_PATH });
    jieba = loaded;
  }
  return jieba;
}

// A token worth indexing has at least one letter, digit or CJK character.
const WORDLIKE = /[\p{L}\p{N}]/u;

/** Fine-grained tokens for indexing and querying (jieba "search" mode: words and their parts). */
export function segmentForSearch(normalized: string): string[] {
  return getJieba()
    .cutForSearch(normalized, true)
    .filter((t) => WORDLIKE.test(t))
    .map((t) => t.trim())
    .filter((t) => t.length > 0);
}

/** Words as a reader would split them (jieba accurate mode). */
export function segmentWords(normalized: string): string[] {
  return getJieba()
    .cut(normalized, true)
    .map((t) => t.trim())
    .filter((t) => t.length > 0 && WORDLIKE.test(t));
}

/** The top-N keywords of a text by jieba's TF-IDF. */
export function extractKeywords(normalized: string, topN: number): string[] {
  return getJieba()
    .extract(normalized, topN)
    .map((k) => k.word)
    .filter((w) => WORDLIKE.test(w));
}

/**
 * The offsets inside `normalized` where jieba's accurate cut puts a word boundary (0 and the end
 * included), or null if its tokens do not tile the text.
 */
export function findWordBoundaries(normalized: string): Set<number> | null {
  const boundaries = new Set([0]);
  let at = 0;
  for (const token of getJieba().cut(normalized, true)) boundaries.add((at += token.length));
  return at === normalized.length ? boundaries : null;
}

/** True when jieba reads a piece of `text` as a person's name or does not know it at all. */
export function isUnknownName(text: string): boolean {
  return getJieba()
    .tag(text)
    .some((t) => t.tag === "x" || t.tag.startsWith("nr"));
}
