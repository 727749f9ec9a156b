import { LRUCache } from "lru-cache";
import { segmentWords } from "../../text/segment";
import type { ParsedQuery, QueryTerm } from "./parse-query";
import type { SplitTerm } from "../types";

/**
 * Chinese is typed without spaces, so 武汉疫情防控 is usually meant as three words, not one exact
 * string. A plain (unquoted) term that the index's segmenter splits into several words also gets
 * an all-words reading: the term is replaced by its words, each one an AND group. Every article
 * containing the exact string contains each of its words, so that reading finds a superset; the
 * engine lists the exact matches first. Quoting the term ("武汉疫情防控") keeps it exact.
 */

export interface WordSplit {
  /** The query with every split term replaced by its words. */
  allWords: ParsedQuery;
  terms: SplitTerm[];
}

// Function characters that would make a word group match nearly every article.
const FUNCTION_CHARS = new Set("的了和与及或在是等之也而并对把被");

// Terms longer than this are pasted sentences; they are split too, but only into this many words.
const MAX_WORDS = 8;

// The words of a term, kept: a search that finds nothing tries several relaxed queries, each
// with the same terms, and jieba gives the same words each time.
const wordsOf = new LRUCache<string, string[]>({ max: 2000 });

export function splitWords(t: QueryTerm): string[] {
  if (t.phrase || !/\p{Script=Han}/u.test(t.text)) return [];
  const known = wordsOf.get(t.text);
  if (known) return [...known];
  const words = segmentWords(t.text).filter((w) => !(w.length === 1 && FUNCTION_CHARS.has(w)));
  const distinct = [...new Set(words)].slice(0, MAX_WORDS);
  const split = distinct.length >= 2 ? distinct : [];
  wordsOf.set(t.text, split);
  return split;
}

const asWord = (text: string): QueryTerm => ({ text, display: text, phrase: false });

/**
 * The all-words reading, or null when no term splits. A group of alternatives (A | B) with a
 * split A becomes one group per word of A, each keeping B: (a1 | B)(a2 | B)…, still a superset.
 */
export function splitQueryWords(parsed: ParsedQuery): WordSplit | null {
  const terms: SplitTerm[] = [];
  const groups: QueryTerm[][] = [];
  for (const group of parsed.groups) {
    // Each term is segmented once: this runs on every search.
    let split: QueryTerm | undefined;
    let words: string[] = [];
    for (const t of group) {
      words = splitWords(t);
      if (words.length > 0) {
        split = t;
        break;
      }
    }
    if (!split) {
      groups.push(group);
      continue;
    }
    terms.push({ display: split.display, words });
    const others = group.filter((t) => t !== split);
    for (const w of words) groups.push([asWord(w), ...others]);
  }
  const seen = new Set<string>();
  const distinct = groups.filter((g) => {
    const key = g.map((t) => `${t.phrase ? '"' : ""}${t.text}`).join("\u0000");
    return !seen.has(key) && seen.add(key);
  });
  if (terms.length === 0) return null;
  return { allWords: { groups: distinct, excluded: parsed.excluded }, terms };
}
