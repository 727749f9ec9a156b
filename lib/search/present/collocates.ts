import type { EngineData } from "../store/engine-data";

/**
 * The words most associated with the term: jieba words within the window either side of it on
 * its concordance lines, ranked by log-likelihood (Dunning's G², as AntConc and CQPweb rank
 * collocates) over the window-based 2×2 table: the positions inside the lines' windows against
 * the rest of the corpus, the word against other words. MI (log2 of observed over expected) and
 * logDice (Rychlý 2008, Sketch Engine's default) are given beside it. The word's corpus frequency
 * comes from the same n-gram matcher as search; the corpus size in words is its characters over
 * the mean length of the words segmented in the lines (an estimate: the index keeps no word count).
 */

export interface Collocate {
  word: string;
  /** Lines in which the word is within the window of the term. */
  count: number;
  /** The word's occurrences in the whole corpus. */
  corpus: number;
  logLikelihood: number;
  mi: number;
  logDice: number;
}

const CANDIDATES = 60;
const CONTENT_WORD = /^(?:\p{Script=Han}{2,}|[A-Za-z]{3,})$/u;

/** 2 Σ O ln(O / E) over a 2×2 table given as its four observed cells. */
function logLikelihood(o11: number, o12: number, o21: number, o22: number): number {
  const n = o11 + o12 + o21 + o22;
  const [r1, r2, c1, c2] = [o11 + o12, o21 + o22, o11 + o21, o12 + o22];
  const term = (o: number, e: number) => (o > 0 && e > 0 ? o * Math.log(o / e) : 0);
  return (
    2 *
    (term(o11, (r1 * c1) / n) +
      term(o12, (r1 * c2) / n) +
      term(o21, (r2 * c1) / n) +
      term(o22, (r2 * c2) / n))
  );
}

const round2 = (x: number) => Math.round(x * 100) / 100;

/** `windows`: the set of words near the term on each line; `span`: window positions per line. */
export function findCollocates(
  data: EngineData,
  windows: readonly ReadonlySet<string>[],
  terms: readonly string[],
  span: number,
  limit = 20,
): Collocate[] {
  const near = new Map<string, number>();
  let wordChars = 0;
  let wordCount = 0;
  for (const words of windows) {
    for (const w of words) {
      wordChars += w.length;
      wordCount++;
      if (!CONTENT_WORD.test(w) || terms.some((t) => t.includes(w) || w.includes(t))) continue;
      near.set(w, (near.get(w) ?? 0) + 1);
    }
  }
  const lines = windows.length;
  const corpusChars = (data.lengths.avgTitle + data.lengths.avgBody) * data.docs.length;
  const corpusWords = wordCount > 0 ? corpusChars / (wordChars / wordCount) : corpusChars;
  const inWindows = Math.min(lines * span, corpusWords);
  return [...near]
    .filter(([, n]) => n >= 2)
    .sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))
    .slice(0, CANDIDATES)
    .map(([word, count]) => {
      const m = data.matcher.match(word);
      let corpus = 0;
      for (let i = 0; i < m.ids.length; i++) corpus += m.tfTitle[i]! + m.tfBody[i]!;
      corpus = Math.max(corpus, count);
      const expected = (inWindows * corpus) / corpusWords;
      const ll = logLikelihood(
        count,
        inWindows - count,
        corpus - count,
        Math.max(0, corpusWords - inWindows - corpus + count),
      );
      return {
        word,
        count,
        corpus,
        // Only words seen more often than chance near the term are collocates.
        logLikelihood: count > expected ? ll : 0,
        mi: Math.log2(count / expected),
        logDice: 14 + Math.log2((2 * count) / (lines + corpus)),
      };
    })
    .filter((c) => c.logLikelihood > 0)
    .sort((a, b) => b.logLikelihood - a.logLikelihood || b.count - a.count)
    .slice(0, limit)
    .map((c) => ({
      ...c,
      logLikelihood: Math.round(c.logLikelihood * 10) / 10,
      mi: round2(c.mi),
      logDice: round2(c.logDice),
    }));
}
