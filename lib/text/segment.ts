import path from "node:path";
import { createRequire } from "node:module";

/**
 * Word segmentation with nodejieba, loaded once per process with the domain user dictionary
 * (`data/userdict.txt`) so that 联防联控, 复工复产, 临时党支部 … stay whole. Index time and query time
 * both call these functions on text that `normalizeText` has already normalised. A thread that
 * must not load a jieba of its own (an ingestion thread: jieba is 240 MB a copy) is handed one
 * that asks the process's segmenter thread instead (`routeSegmentationTo`, remote-segmenter.ts).
 */

export interface TaggedWord {
  word: string;
  tag: string;
}

/** What this module needs of jieba: accurate cuts (with HMM) and part-of-speech tags. */
export interface Segmenter {
  cutEach(texts: readonly string[]): string[][];
  /** cutEach, asked for now and read later: on a segmenter thread the cut runs while this thread
   * goes on (until its next request, which first takes this answer in). */
  cutEachLater(texts: readonly string[]): () => string[][];
  tag(text: string): TaggedWord[];
  /** Loads the dictionaries now rather than on first use (a no-op when they are elsewhere). */
  load(): void;
}

type Jieba = {
  load(options: { userDict?: string; idfDict?: string; stopWordDict?: string }): void;
  cut(text: string, hmm?: boolean): string[];
  tag(text: string): TaggedWord[];
};

const require = createRequire(import.meta.url);
let local: Segmenter | null = null;
let segmenter: Segmenter | null = null;

export const USER_DICT_PATH = path.join(process.cwd(), "data", "userdict.txt");
/** A one-line stand-in for the IDF table and stop words of nodejieba's keyword extractor, which
 * Xunwen never calls (keywords come from jieba-tables.ts): load() reads the real 6 MB table in
 * ≈ 0.35 s of a 1.3 s load and keeps 19 MB of it (the extractor refuses an empty file). */
const UNUSED_KEYWORD_TABLE = path.join(process.cwd(), "data", "jieba-unused-keyword-table.utf8");

/** This thread's own jieba, its dictionaries loaded on first use and only once (a second load()
 * would read them again and drop words added later). */
export function localSegmenter(): Segmenter {
  if (local) return local;
  const jieba = require("nodejieba") as Jieba;
  let loaded = false;
  const ready = () => {
    if (!loaded)
      jieba.load({
        userDict: USER_DICT_PATH,
        idfDict: UNUSED_KEYWORD_TABLE,
        stopWordDict: UNUSED_KEYWORD_TABLE,
      });
    loaded = true;
    return jieba;
  };
  const cutEach = (texts: readonly string[]) => texts.map((t) => ready().cut(t, true));
  local = {
    cutEach,
    cutEachLater: (texts) => {
      const cuts = cutEach(texts);
      return () => cuts;
    },
    tag: (text) => ready().tag(text),
    load: () => void ready(),
  };
  return local;
}

/** Routes this thread's segmentation to `s` (before its first use). */
export function routeSegmentationTo(s: Segmenter): void {
  segmenter = s;
}

function getSegmenter(): Segmenter {
  segmenter ??= localSegmenter();
  return segmenter;
}

// A token worth indexing has at least one letter, digit or CJK character.
export const WORDLIKE = /[\p{L}\p{N}]/u;

/** jieba's accurate cut (with HMM for unknown words) of each text, untrimmed: the words tile it. */
export function cutAccurateEach(normalized: readonly string[]): string[][] {
  return getSegmenter().cutEach(normalized);
}

/** cutAccurateEach, asked for now and read later (see Segmenter.cutEachLater). */
export function cutAccurateEachLater(normalized: readonly string[]): () => string[][] {
  return getSegmenter().cutEachLater(normalized);
}

export function cutAccurate(normalized: string): string[] {
  return cutAccurateEach([normalized])[0] ?? [];
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
  return getSegmenter()
    .tag(text)
    .some((t) => t.tag === "x" || t.tag.startsWith("nr"));
}
