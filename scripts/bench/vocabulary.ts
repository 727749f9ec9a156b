import type { Article } from "../../lib/article";
import { normalizeText } from "../../lib/text/normalize";
import { segmentWords } from "../../lib/text/segment";
import { type Random, sample } from "./random";

/**
 * Words to build queries from: jieba content words (two or more Han characters) and their
 * document frequency over a sample of the corpus, split into common and rare terms.
 */

const CONTENT_WORD = /^\p{Script=Han}{2,}$/u;

export function toContentWords(text: string): string[] {
  return [...new Set(segmentWords(normalizeText(text)).filter((w) => CONTENT_WORD.test(w)))];
}

export interface Vocabulary {
  /** The most frequent content words. */
  common: string[];
  /** Words found in exactly one sampled article. */
  rare: string[];
}

export function buildVocabulary(
  articles: Article[],
  random: Random,
  sampleSize = 3000,
  commonCount = 150,
): Vocabulary {
  const df = new Map<string, number>();
  for (const a of sample(random, articles, sampleSize)) {
    for (const w of toContentWords(`${a.title}\n${a.body}`)) df.set(w, (df.get(w) ?? 0) + 1);
  }
  const byDf = [...df.entries()].sort((x, y) => y[1] - x[1] || (x[0] < y[0] ? -1 : 1));
  return {
    common: byDf.slice(0, commonCount).map(([w]) => w),
    rare: byDf.filter(([w, n]) => n === 1 && w.length <= 4).map(([w]) => w),
  };
}

/** Han-only runs of at least `min` characters, for cutting substrings. */
export function toHanRuns(text: string, min: number): string[] {
  return (text.match(/\p{Script=Han}+/gu) ?? []).filter((r) => r.length >= min);
}

/** Sentences of a body that make a pasteable query: 8–40 characters, no query-syntax characters. */
export function toQuerySentences(body: string): string[] {
  return body
    .split(/[。！？!?\n]/)
    .map((s) =>
      s
        .replace(/["|]/g, " ")
        .replace(/(^|\s)-+/g, "$1")
        .replace(/^[\s\-，,：:“”（）()]+|[\s，,：:“”（）()]+$/g, ""),
    )
    .filter((s) => s.length >= 8 && s.length <= 40);
}
