import { normalizeText } from "../text/normalize";
import { SEPARATOR } from "./gram-keys";

/**
 * Query syntax: space = AND; "…" (or “…”) = exact phrase; -word / -"…" excludes; A | B or A OR B
 * = alternatives. Every term is matched as a contiguous string of the normalised text, so a term
 * jieba would split (温州东大门) still has to occur as written. Errors degrade: an unbalanced
 * quote is dropped and the rest is read as ordinary terms; a dangling | or - is ignored.
 */

export interface QueryTerm {
  /** Normalised text, matched as a substring. */
  text: string;
  /** As typed, for messages and rebuilt queries. */
  display: string;
  phrase: boolean;
}

export interface ParsedQuery {
  /** AND of groups; each group is an OR of alternatives. */
  groups: QueryTerm[][];
  excluded: QueryTerm[];
}

type Token = { kind: "or" } | { kind: "term"; display: string; phrase: boolean; negated: boolean };

const QUOTES = /["“”]/g;
const SEPARATORS = new RegExp(SEPARATOR.source, "g");
const LATIN_EDGE = /[\p{Script=Latin}\p{N}]/u;

function dropUnbalancedQuote(q: string): string {
  const quotes = [...q.matchAll(QUOTES)];
  const last = quotes.at(-1);
  if (quotes.length % 2 === 0 || last?.index === undefined) return q;
  return q.slice(0, last.index) + " " + q.slice(last.index + 1);
}

/** Phrase words are joined with a space only between Latin letters or digits, as they are written. */
function joinPhrase(words: string[]): string {
  return words.reduce(
    (acc, w) =>
      acc && LATIN_EDGE.test(acc.at(-1) ?? "") && LATIN_EDGE.test(w[0] ?? "")
        ? `${acc} ${w}`
        : acc + w,
    "",
  );
}

function tokenize(q: string): Token[] {
  const tokens: Token[] = [];
  const re = /(-?)["“”]([^"“”]*)["“”]|\||[^\s\x00-\x1f\x7f"“”|]+/g;
  for (const m of dropUnbalancedQuote(q).matchAll(re)) {
    if (m[0] === "|") tokens.push({ kind: "or" });
    else if (m[2] !== undefined) {
      const words = m[2].split(SEPARATORS).filter(Boolean);
      if (words.length)
        tokens.push({
          kind: "term",
          display: joinPhrase(words),
          phrase: true,
          negated: m[1] === "-",
        });
    } else if (m[0] === "OR") tokens.push({ kind: "or" });
    else if (m[0].startsWith("-")) {
      if (m[0].length > 1)
        tokens.push({ kind: "term", display: m[0].slice(1), phrase: false, negated: true });
    } else tokens.push({ kind: "term", display: m[0], phrase: false, negated: false });
  }
  return tokens;
}

export function parseQuery(q: string): ParsedQuery {
  const groups: QueryTerm[][] = [];
  const excluded: QueryTerm[] = [];
  let pendingOr = false;
  for (const t of tokenize(q)) {
    if (t.kind === "or") {
      pendingOr = groups.length > 0;
      continue;
    }
    const term: QueryTerm = {
      text: normalizeText(t.display),
      display: t.display,
      phrase: t.phrase,
    };
    if (t.negated) excluded.push(term);
    else if (pendingOr) groups.at(-1)?.push(term);
    else groups.push([term]);
    if (!t.negated) pendingOr = false;
  }
  const dedupe = (terms: QueryTerm[]) =>
    terms.filter((t, i) => terms.findIndex((u) => u.text === t.text) === i);
  return { groups: groups.map(dedupe), excluded: dedupe(excluded) };
}

function formatTerm(t: QueryTerm): string {
  return t.phrase ? `"${t.display}"` : t.display;
}

/** Back to query syntax (used to offer a relaxed query). */
export function formatQuery(p: ParsedQuery): string {
  return [
    ...p.groups.map((g) => g.map(formatTerm).join(" | ")),
    ...p.excluded.map((t) => `-${formatTerm(t)}`),
  ].join(" ");
}

/** Every distinct positive term (these are highlighted). */
export function positiveTerms(p: ParsedQuery): QueryTerm[] {
  const seen = new Set<string>();
  return p.groups.flat().filter((t) => !seen.has(t.text) && seen.add(t.text));
}
