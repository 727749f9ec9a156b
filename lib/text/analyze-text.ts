import { getJiebaTables } from "./jieba-tables";
import { normalizeText } from "./normalize";
import { cutAccurate, cutAccurateEachLater, WORDLIKE } from "./segment";

/**
 * One jieba pass per text: its accurate cut, from which the search tokens (what jieba's search
 * mode gives), the keywords (what its TF-IDF extractor gives) and the word boundaries (for the
 * region extractor) are all derived, rather than asking jieba three times.
 */

const SURROGATE = /[\ud800-\udfff]/;

/** Fine-grained tokens for indexing and querying: the same derivation at index and query time. */
export function segmentForSearch(normalized: string): string[] {
  return searchTokensOf(cutAccurate(normalized));
}

/**
 * Search-mode tokens from the accurate cut, as cppjieba's QuerySegment makes them: before each
 * word longer than two characters, its two-character parts that are dictionary words, then (longer
 * than three) its three-character parts; then the word. Kept: trimmed tokens with a letter or digit.
 */
export function searchTokensOf(words: readonly string[]): string[] {
  const dict = getJiebaTables().words;
  const out: string[] = [];
  const keep = (t: string) => {
    const trimmed = t.trim();
    if (trimmed !== "" && WORDLIKE.test(trimmed)) out.push(trimmed);
  };
  for (const word of words) {
    if (word.length > 2) {
      const chars = SURROGATE.test(word) ? Array.from(word) : null;
      const n = chars ? chars.length : word.length;
      const part = (i: number, len: number) =>
        chars ? chars.slice(i, i + len).join("") : word.slice(i, i + len);
      for (let len = 2; len <= 3; len++)
        if (n > len)
          for (let i = 0; i + len <= n; i++) {
            const p = part(i, len);
            if (dict.has(p)) keep(p);
          }
    }
    keep(word);
  }
  return out;
}

/** Offsets where a word ends (0 and the text's end included), or null if the words do not tile it. */
export function wordBoundariesOf(words: readonly string[], length: number): Set<number> | null {
  const boundaries = new Set([0]);
  let at = 0;
  for (const w of words) boundaries.add((at += w.length));
  return at === length ? boundaries : null;
}

/**
 * The top-N keywords by TF-IDF, as cppjieba's KeywordExtractor ranks them: single characters and
 * stop words skipped, term frequency times IDF (the table's mean for unknown words); ties, which
 * it leaves in no set order, go to the word first in code-unit order.
 */
export function keywordsOf(words: readonly string[], topN: number): string[] {
  const { idf, idfAverage, stopWords } = getJiebaTables();
  const tf = new Map<string, number>();
  for (const w of words) {
    if (w.length < 2 || (w.length === 2 && SURROGATE.test(w)) || stopWords.has(w)) continue;
    tf.set(w, (tf.get(w) ?? 0) + 1);
  }
  return [...tf]
    .map(([w, n]) => ({ w, weight: n * (idf.get(w) ?? idfAverage) }))
    .sort((a, b) => b.weight - a.weight || (a.w < b.w ? -1 : a.w > b.w ? 1 : 0))
    .slice(0, topN)
    .map((k) => k.w)
    .filter((w) => WORDLIKE.test(w));
}

/** The top-N keywords of normalised text (keywordsOf its accurate cut). */
export function extractKeywords(normalized: string, topN: number): string[] {
  return keywordsOf(cutAccurate(normalized), topN);
}

/** A title and body normalised, with jieba's accurate words of each: an article's one pass. */
export interface CutText {
  title: string;
  body: string;
  titleWords: readonly string[];
  bodyWords: readonly string[];
}

export function cutText(input: { title: string; body: string }): CutText {
  const [cut] = cutTexts([input]);
  if (!cut) throw new Error("cutTexts returned nothing");
  return cut;
}

/** cutText of each input, in one request to the segmenter. */
export function cutTexts(inputs: readonly { title: string; body: string }[]): CutText[] {
  return cutTextsLater(inputs)();
}

/** cutTexts, normalised and asked for now, read later (see Segmenter.cutEachLater). */
export function cutTextsLater(inputs: readonly { title: string; body: string }[]): () => CutText[] {
  const texts = inputs.flatMap((input) => [normalizeText(input.title), normalizeText(input.body)]);
  const later = cutAccurateEachLater(texts);
  return () => {
    const words = later();
    return inputs.map((_, i) => ({
      title: texts[2 * i] ?? "",
      body: texts[2 * i + 1] ?? "",
      titleWords: words[2 * i] ?? [],
      bodyWords: words[2 * i + 1] ?? [],
    }));
  };
}
