/**
 * Autocomplete works on the last word of the query: "复工 -温" suggests for "温" and a pick gives
 * "复工 -温州". Query syntax marks (a leading "-" or '"') stay with the word.
 */

export interface LastToken {
  /** Everything before the word, including its syntax marks. */
  head: string;
  /** The word being typed, without marks; "" when the query ends in a space. */
  token: string;
}

export function splitLastToken(value: string): LastToken {
  const match = /^(.*?[\s|]?)(-?"?)([^\s"|]*)$/su.exec(value);
  if (!match) return { head: value, token: "" };
  const [, before = "", marks = "", token = ""] = match;
  return { head: before + marks, token };
}

export function applySuggestion(value: string, suggestion: string): string {
  return `${splitLastToken(value).head}${suggestion}`;
}
