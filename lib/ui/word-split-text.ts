import type { SplitTerm } from "../search/types";

/**
 * What the page says about unspaced terms read as words (word-split.ts in the engine), and the
 * query that keeps them exact: the same terms in quotes.
 */

/** "武汉 · 疫情防控" */
export function toWordList(term: SplitTerm): string {
  return term.words.join(" · ");
}

/** q with every split term quoted ("武汉疫情防控" 湖北), so only exact matches are listed. */
export function quoteSplitTerms(q: string, terms: readonly SplitTerm[]): string {
  let out = q;
  for (const t of terms) {
    const at = findUnquoted(out, t.display);
    if (at >= 0) out = `${out.slice(0, at)}"${t.display}"${out.slice(at + t.display.length)}`;
  }
  return out;
}

/** The first occurrence of `term` as a whole token outside quotes, or -1. */
function findUnquoted(q: string, term: string): number {
  let from = 0;
  for (;;) {
    const at = q.indexOf(term, from);
    if (at < 0) return -1;
    const before = q.slice(0, at);
    const quotes = (before.match(/["“”「」『』]/g) ?? []).length;
    const startsToken = at === 0 || /[\s(（|｜\-－]/.test(q[at - 1]!);
    const endsToken = at + term.length === q.length || /[\s)）|｜]/.test(q[at + term.length]!);
    if (quotes % 2 === 0 && startsToken && endsToken) return at;
    from = at + 1;
  }
}
