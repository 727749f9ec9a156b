import type { EngineData } from "../store/engine-data";
import { normalizeText } from "../../text/normalize";

/**
 * Completion vocabulary: the words of every title (jieba accurate mode) and the articles'
 * keywords, normalised, with the number of articles using them. A prefix is normalised the same
 * way (Traditional input completes to the Simplified vocabulary) and completed by popularity.
 */

/** As a segment stores it: [word, docCount][] sorted by word. */
export type VocabularyEntries = [string, number][];

/** As a composed view holds it: the words sorted, and each one's document count. */
export interface Vocabulary {
  words: string[];
  counts: Uint32Array;
}

export function toVocabularyEntries({ words, counts }: Vocabulary): VocabularyEntries {
  return words.map((w, i) => [w, counts[i]!]);
}

export function buildVocabulary(
  titleWords: readonly (readonly string[])[],
  keywords: readonly string[][],
): VocabularyEntries {
  const counts = new Map<string, number>();
  titleWords.forEach((title, d) => {
    const words = new Set([...title, ...(keywords[d] ?? []).map(normalizeText)]);
    for (const w of words) if (Array.from(w).length >= 2) counts.set(w, (counts.get(w) ?? 0) + 1);
  });
  return [...counts].sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));
}

export function suggestTerms(data: EngineData, prefix: string, limit: number): string[] {
  const p = normalizeText(prefix.trim());
  if (!p || limit <= 0) return [];
  const { words, counts } = data.vocabulary;
  let lo = 0;
  let hi = words.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (words[mid]! < p) lo = mid + 1;
    else hi = mid;
  }
  const matches: [string, number][] = [];
  for (let i = lo; i < words.length && words[i]!.startsWith(p); i++)
    matches.push([words[i]!, counts[i]!]);
  return matches
    .filter(([w]) => w !== p)
    .sort((a, b) => b[1] - a[1] || a[0].length - b[0].length)
    .slice(0, limit)
    .map(([w]) => w);
}
