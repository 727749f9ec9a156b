import { SEPARATOR } from "../store/gram-keys";

/**
 * Query text → tokens. Chinese input methods type the operators full-width, so those are folded
 * first: －→- ｜→| （）→() and full-width space; 「」『』“”‘’ and ＂ quote a phrase like "…".
 * Parentheses group only at a token's edge ("(武汉 | 湖北) 疫情"): inside a word they are text
 * (昆明片区(昆明经开区) stays one term).
 */

export type Token =
  | { kind: "or" }
  | { kind: "open"; negated: boolean }
  | { kind: "close" }
  | { kind: "term"; display: string; phrase: boolean; negated: boolean };

const QUOTE_CHARS = /["“”「」『』‘’]/g;
const SEPARATORS = new RegExp(SEPARATOR.source, "g");
const LATIN_EDGE = /[\p{Script=Latin}\p{N}]/u;

/** Full-width ASCII operators and the ideographic space → their ASCII forms; CJK quotes → ". */
export function foldQuerySyntax(q: string): string {
  return q
    .replace(/[－﹣]/g, "-")
    .replace(/[｜]/g, "|")
    .replace(/（/g, "(")
    .replace(/）/g, ")")
    .replace(/＂/g, '"')
    .replace(/\u3000/g, " ")
    .replace(QUOTE_CHARS, '"');
}

function dropUnbalancedQuote(q: string): string {
  const quotes = [...q.matchAll(/"/g)];
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

const count = (s: string, c: string): number => s.split(c).length - 1;

/** A bare word: leading "(" open groups, trailing ")" close open ones unless the word needs them. */
function wordTokens(word: string, depth: { open: number }): Token[] {
  const out: Token[] = [];
  let w = word;
  let negated = false;
  for (;;) {
    if (w.startsWith("-(")) [negated, w] = [true, w.slice(1)];
    if (!w.startsWith("(")) break;
    out.push({ kind: "open", negated });
    depth.open++;
    negated = false;
    w = w.slice(1);
  }
  let closes = 0;
  while (w.endsWith(")") && depth.open > closes && count(w, ")") > count(w, "(")) {
    w = w.slice(0, -1);
    closes++;
  }
  if (w === "|" || w === "OR") out.push({ kind: "or" });
  else if (w.startsWith("-")) {
    if (w.length > 1) out.push({ kind: "term", display: w.slice(1), phrase: false, negated: true });
  } else if (w) out.push({ kind: "term", display: w, phrase: false, negated });
  for (let i = 0; i < closes; i++) out.push({ kind: "close" });
  depth.open -= closes;
  return out;
}

export function tokenizeQuery(raw: string): Token[] {
  const tokens: Token[] = [];
  const depth = { open: 0 };
  const re = /(-?)"([^"]*)"|\||[^\s\x00-\x1f\x7f"|]+/g;
  for (const m of dropUnbalancedQuote(foldQuerySyntax(raw)).matchAll(re)) {
    if (m[0] === "|") tokens.push({ kind: "or" });
    else if (m[2] !== undefined) {
      const words = m[2].split(SEPARATORS).filter(Boolean);
      if (words.length) {
        tokens.push({
          kind: "term",
          display: joinPhrase(words),
          phrase: true,
          negated: m[1] === "-",
        });
      }
    } else tokens.push(...wordTokens(m[0], depth));
  }
  return tokens;
}
