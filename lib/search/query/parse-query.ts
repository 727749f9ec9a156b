import { normalizeText } from "../../text/normalize";
import { tokenizeQuery, type Token } from "./query-tokens";

/**
 * Query syntax: space = AND; "…" (or “…”, 「…」) = exact phrase; -word / -"…" excludes; A | B or
 * A OR B = alternatives; parentheses group ("(武汉 | 湖北) 疫情"); full-width operators work alike. Every term is matched as a contiguous string of the normalised text, so a term
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

/** Distributing an OR over ANDs ("(A B) | C" = (A | C) AND (B | C)) stops growing past this. */
const MAX_GROUPS = 16;

const key = (t: QueryTerm): string => `${t.phrase ? '"' : ""}${t.text}`;
const dedupe = (terms: QueryTerm[]): QueryTerm[] =>
  terms.filter((t, i) => terms.findIndex((u) => u.text === t.text) === i);

function toTerm(t: Extract<Token, { kind: "term" }>): QueryTerm {
  return { text: normalizeText(t.display), display: t.display, phrase: t.phrase };
}

/** X | Y of two conjunctions, in conjunctive form: every group of X joined with every group of Y. */
function or(x: QueryTerm[][], y: QueryTerm[][]): QueryTerm[][] {
  const out: QueryTerm[][] = [];
  for (const a of x) for (const b of y) if (out.length < MAX_GROUPS) out.push(dedupe([...a, ...b]));
  return out;
}

/** Recursive descent: sequence = chain+, chain = atom ("|" atom)*, atom = term | "(" sequence ")". */
class QueryReader {
  private i = 0;
  readonly excluded: QueryTerm[] = [];
  constructor(private readonly tokens: Token[]) {}

  sequence(): QueryTerm[][] {
    const groups: QueryTerm[][] = [];
    while (this.i < this.tokens.length) {
      const t = this.tokens[this.i]!;
      if (t.kind === "close") {
        this.i++;
        if (this.depth > 0) break;
        continue;
      }
      if (t.kind === "or") {
        this.i++; // a dangling | joins nothing
        continue;
      }
      const chain = this.chain();
      if (chain) groups.push(...chain);
    }
    return groups;
  }

  private depth = 0;

  private chain(): QueryTerm[][] | null {
    let result = this.atom();
    while (this.tokens[this.i]?.kind === "or") {
      while (this.tokens[this.i]?.kind === "or") this.i++; // "A | | B" is "A | B"
      const next = this.tokens[this.i];
      if (!next || next.kind === "close" || next.kind === "or") break;
      const right = this.atom();
      if (!right) continue;
      result = result ? or(result, right) : right;
    }
    return result;
  }

  private atom(): QueryTerm[][] | null {
    const t = this.tokens[this.i++]!;
    if (t.kind === "term") {
      if (!t.negated) return [[toTerm(t)]];
      this.excluded.push(toTerm(t));
      return null;
    }
    if (t.kind !== "open") return null;
    this.depth++;
    const inner = this.sequence();
    this.depth--;
    if (!t.negated) return inner.length > 0 ? inner : null;
    // -(A | B) excludes both; -(A B) (one or the other missing) has no conjunctive form: ignored.
    if (inner.length === 1) this.excluded.push(...inner[0]!);
    return null;
  }
}

export function parseQuery(q: string): ParsedQuery {
  const reader = new QueryReader(tokenizeQuery(q));
  const groups = reader.sequence().map(dedupe);
  const seen = new Set<string>();
  const distinct = groups.filter((g) => {
    const k = g.map(key).sort().join("\u0000");
    return !seen.has(k) && seen.add(k);
  });
  return { groups: distinct, excluded: dedupe(reader.excluded) };
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
