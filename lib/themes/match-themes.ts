import type { ThemeMatch } from "../article";
import { normalizeText } from "../text/normalize";

/**
 * Theme tagging from the taxonomy in data/themes.json. An article earns a theme from the keywords
 * of that theme it contains: title hits weigh more than body hits, repeated hits count with
 * diminishing returns. The keywords found are kept as the evidence shown to the reader.
 */

export interface Theme {
  id: string;
  name: string;
  keywords: string[];
}

export interface ThemeMatcher {
  /** Takes normalised text (normalizeText), as every matcher at index time does. */
  match(normTitle: string, normBody: string): ThemeMatch[];
}

const TITLE_WEIGHT = 3;
const MIN_SCORE = 2;
const MAX_THEMES = 4;

function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

function countKeywords(pattern: RegExp, text: string, into: Map<string, number>, weight: number) {
  pattern.lastIndex = 0;
  for (const m of text.matchAll(pattern)) into.set(m[0], (into.get(m[0]) ?? 0) + weight);
}

export function buildThemeMatcher(themes: Theme[]): ThemeMatcher {
  const owners = new Map<string, Theme[]>();
  for (const theme of themes) {
    for (const kw of theme.keywords) {
      const key = normalizeText(kw);
      owners.set(key, [...(owners.get(key) ?? []), theme]);
    }
  }
  // One pass over the text: longest keywords first, so 临时党支部 is not counted as 党支部 too.
  const alternation = [...owners.keys()].sort((a, b) => b.length - a.length).map(escapeRegExp);
  const pattern = new RegExp(alternation.join("|"), "g");

  return {
    match(normTitle, normBody) {
      const counts = new Map<string, number>();
      countKeywords(pattern, normTitle, counts, TITLE_WEIGHT);
      countKeywords(pattern, normBody, counts, 1);
      const scored = new Map<Theme, { score: number; keywords: [string, number][] }>();
      for (const [kw, n] of counts) {
        for (const theme of owners.get(kw) ?? []) {
          const entry = scored.get(theme) ?? { score: 0, keywords: [] };
          entry.score += Math.log2(1 + n) * (kw.length >= 4 ? 1.5 : 1);
          entry.keywords.push([kw, n]);
          scored.set(theme, entry);
        }
      }
      return [...scored.entries()]
        .filter(([, e]) => e.score >= MIN_SCORE)
        .sort((a, b) => b[1].score - a[1].score)
        .slice(0, MAX_THEMES)
        .map(([theme, e]) => ({
          id: theme.id,
          name: theme.name,
          score: Math.round(e.score * 100) / 100,
          keywords: e.keywords.sort((a, b) => b[1] - a[1]).map(([kw]) => kw),
        }));
    },
  };
}
