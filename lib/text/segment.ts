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
export const WORDLIKE = /[\p{L}\p{N}]/u;

/** jieba's accurate cut (with HMM for unknown words), untrimmed: the words tile the text. */
export function cutAccurate(normalized: string): string[] {
  return getJieba().cut(normalized, true);
}

/** An accurate cut's words as a reader would split them: trimmed, with a letter or digit. */
export function readerWords(cut: readonly string[]): string[] {
  return cut.map((t) => t.trim()).filter((t) => t.length > 0 && WORDLIKE.test(t));
}

/** Words as a reader would split them (jieba accurate mode). */
export function segmentWords(normalized: string): string[] {
  return readerWords(cutAccurate(normalized));
}

/** True when jieba reads a piece of `text` as a person's name or does not know it at all. */
export function isUnknownName(text: string): boolean {
  return getJieba()
    .tag(text)
    .some((t) => t.tag === "x" || t.tag.startsWith("nr"));
}
