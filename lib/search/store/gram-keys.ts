/**
 * Character n-gram keys shared by the index builder and the query side. A unigram's key is its
 * UTF-16 code unit; a bigram's key is a·65536 + b, which never collides with a unigram because
 * separators (whitespace, control characters) start no indexed bigram. Query terms are split on
 * exactly these separators, so every gram of a term is an indexed gram.
 */

export const SEPARATOR = /[\s\x00-\x1f\x7f]/;

const separatorTable = new Uint8Array(65536);
for (let c = 0; c < 65536; c++) if (SEPARATOR.test(String.fromCharCode(c))) separatorTable[c] = 1;

export function isSeparatorCode(code: number): boolean {
  return separatorTable[code] === 1;
}

/** Keys of all unigrams and bigrams of `text` (with repeats), skipping separators. */
export function collectGramKeys(text: string, out: Uint32Array): number {
  let n = 0;
  let prev = -1;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (separatorTable[c] === 1) {
      prev = -1;
      continue;
    }
    out[n++] = c;
    if (prev >= 0) out[n++] = prev * 65536 + c;
    prev = c;
  }
  return n;
}

/** The distinct gram keys needed to find `term` (no separators inside): its bigrams, or its one unigram. */
export function termGramKeys(term: string): number[] {
  if (term.length === 1) return [term.charCodeAt(0)];
  const keys = new Set<number>();
  for (let i = 0; i + 1 < term.length; i++)
    keys.add(term.charCodeAt(i) * 65536 + term.charCodeAt(i + 1));
  return [...keys];
}
