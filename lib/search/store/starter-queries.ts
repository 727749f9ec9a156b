/**
 * Example queries for the landing page and the search box, taken from the corpus itself: the
 * keywords (jieba TF-IDF, per article) most frequent among the articles of its last 90 days,
 * weighted by how distinctive they are over the whole corpus. A keyword in nearly every
 * article says nothing; one in a handful finds too little to show what the corpus holds.
 */

export interface StarterSource {
  keywords: readonly string[];
  date: string | null;
}

const RECENT_DAYS = 90;
// In a large corpus a topic worth showing is a small share of it; in a small one, a big share.
const maxShare = (total: number) => (total >= 1000 ? 0.15 : 0.5);
const HAN_WORD = /^\p{Script=Han}{2,8}$/u;
// 十五 (of 十五五规划) or 二〇二六 is a number, not a topic.
const NUMERAL = /^[〇零一二三四五六七八九十百千万亿两]+$/u;

function daysBefore(date: string, days: number): string {
  const t = Date.parse(`${date.slice(0, 10)}T00:00:00Z`) - days * 86_400_000;
  return new Date(t).toISOString().slice(0, 10);
}

/** What the pick is made from: the articles, and per keyword how many have it, all and recent. */
export interface KeywordCounts {
  total: number;
  df: ReadonlyMap<string, number>;
  recent: ReadonlyMap<string, number>;
}

/** Articles on or after this day count as recent: RECENT_DAYS before the newest, if dated. */
export function recentSince(newest: string | null): string | null {
  return newest ? daysBefore(newest, RECENT_DAYS) : null;
}

export function pickStarterQueries(articles: readonly StarterSource[], count = 6): string[] {
  const df = new Map<string, number>();
  for (const a of articles) for (const k of new Set(a.keywords)) df.set(k, (df.get(k) ?? 0) + 1);
  const last = articles.reduce<string | null>(
    (m, a) => (a.date && (!m || a.date > m) ? a.date : m),
    null,
  );
  const since = recentSince(last);
  const recent = new Map<string, number>();
  for (const a of articles) {
    if (since && (!a.date || a.date < since)) continue;
    for (const k of new Set(a.keywords)) recent.set(k, (recent.get(k) ?? 0) + 1);
  }
  return pickFromCounts({ total: articles.length, df, recent }, count);
}

export function pickFromCounts({ total, df, recent }: KeywordCounts, count = 6): string[] {
  if (total === 0) return [];
  // Small corpora (a handful of pages) keep every keyword that more than one article has, if any.
  const minDf = total >= 200 ? Math.ceil(total * 0.002) : total >= 10 ? 2 : 1;
  const scored = [...recent]
    .filter(([k]) => HAN_WORD.test(k) && !NUMERAL.test(k))
    .filter(([k]) => {
      const n = df.get(k)!;
      return n >= minDf && (total < 10 || n / total <= maxShare(total));
    })
    .map(([k, r]) => ({ k, score: r * Math.log(1 + total / df.get(k)!) }))
    .sort((a, b) => b.score - a.score || (a.k < b.k ? -1 : a.k > b.k ? 1 : 0));
  const picked: string[] = [];
  for (const { k } of scored) {
    // 疫情 and 疫情防控 would show one thing twice.
    if (picked.some((p) => p.includes(k) || k.includes(p))) continue;
    picked.push(k);
    if (picked.length === count) break;
  }
  return picked;
}
