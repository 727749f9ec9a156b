import { buildToSimplified } from "./to-simplified";

/**
 * The one normaliser, shared by index time and query time.
 *
 * It folds Traditional to Simplified (OpenCC's dictionaries, Taiwan then Hong Kong variants: see
 * to-simplified.ts), full-width to half-width and upper to lower case, and it is length-preserving
 * in UTF-16 units: character i of the normalised text is character i of the original. A match
 * found at [start, end) in the normalised text is therefore highlighted at [start, end) of the
 * original, with no offset table. Any single conversion that would change a character's UTF-16
 * length is skipped (the original character is kept), which is what keeps that guarantee.
 */

// Built on first use: threads that never normalise, such as the segment writer (ingestion hands it
// normalised text), never build the tries.
let toSimplifiedOnce: ((text: string) => string) | null = null;

function toSimplified(text: string): string {
  toSimplifiedOnce ??= buildToSimplified(["tw2s", "hk2s"], zipSameLength);
  return toSimplifiedOnce(text);
}

const FULLWIDTH_OFFSET = 0xfee0;
const IDEOGRAPHIC_SPACE = 0x3000;

const FULLWIDTH = /[\uff01-\uff5e\u3000]/g;

function foldWidth(ch: string): string {
  const code = ch.charCodeAt(0);
  return code === IDEOGRAPHIC_SPACE ? " " : String.fromCharCode(code - FULLWIDTH_OFFSET);
}

function foldCase(text: string): string {
  const lower = text.toLowerCase();
  if (lower.length === text.length) return lower;
  let out = "";
  for (const cp of text) {
    const l = cp.toLowerCase();
    out += l.length === cp.length ? l : cp;
  }
  return out;
}

/** Zips two strings of equal code-point count, keeping `original`'s character wherever `converted`
 * would change the UTF-16 length of that character. */
function zipSameLength(original: string, converted: string): string {
  if (converted.length === original.length) return converted;
  const a = Array.from(original);
  const b = Array.from(converted);
  if (a.length !== b.length) return original;
  let out = "";
  for (let i = 0; i < a.length; i++) {
    const x = a[i] ?? "";
    const y = b[i] ?? x;
    out += y.length === x.length ? y : x;
  }
  return out;
}

// A quick gate: pure ASCII needs no script conversion.
const NON_ASCII = /[^\x00-\x7f]/;

/** Normalises text for indexing and querying; output has the same UTF-16 length as input. */
export function normalizeText(text: string): string {
  let out = text;
  if (NON_ASCII.test(out)) {
    out = toSimplified(out);
  }
  return foldCase(out.replace(FULLWIDTH, foldWidth));
}
