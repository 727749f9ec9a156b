import type { EngineData } from "../store/engine-data";

/**
 * The words most associated with the term: jieba words within the window either side of it on
 * its concordance lines, scored with logDice (Rychlý 2008, Sketch Engine's default):
 * 14 + log2(2·f(x,y) / (f(x) + f(y))), f(x) the lines, f(x,y) the lines with the word near the
 * term, f(y) the word's occurrences in the whole corpus (from the same n-gram matcher as search).
 */

export interface Collocate {
  word: string;
  /** Lines in which the word is within the window of the term. */
  count: number;
  /** The word's occurrences in the whole corpus. */
  corpus: number;
  logDice: number;
}

const CANDIDATES = 60;
const CONTENT_WORD = /^(?:\p{Script=Han}{2,}|[A-Za-z]{3,})$/u;

/** `windows`: the set of words near the term on each line. */
export function findCollocates(
  data: EngineData,
  windows: readonly ReadonlySet<string>[],
  terms: readonly string[],
  limit = 20,
): Collocate[] {
  const near = new Map<string, number>();
  for (const words of windows) {
    for (const w of words) {
      if (!CONTENT_WORD.test(w) || terms.some((t) => t.includes(w) || w.includes(t))) continue;
      near.set(w, (near.get(w) ?? 0) + 1);
    }
  }
  const fx = windows.length;
  const candidates = [...near]
    .filter(([, n]) => n >= 2)
    .sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))
    .slice(0, CANDIDATES);
  return candidates
    .map(([word, count]) => {
      const m = data.matcher.match(word);
      let corpus = 0;
      for (let i = 0; i < m.ids.length; i++) corpus += m.tfTitle[i]! + m.tfBody[i]!;
      corpus = Math.max(corpus, count);
      return { word, count, corpus, logDice: 14 + Math.log2((2 * count) / (fx + corpus)) };
    })
    .sort((a, b) => b.logDice - a.logDice || b.count - a.count)
    .slice(0, limit)
    .map((c) => ({ ...c, logDice: Math.round(c.logDice * 100) / 100 }));
}
