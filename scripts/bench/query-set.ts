import * as OpenCC from "opencc-js";
import type { Article } from "../../lib/article";
import { normalizeText } from "../../lib/text/normalize";
import type { BenchCase, BenchQuery } from "./types";
import { type Random, createRandom, pick, randomInt, sample, shuffle } from "./random";
import { buildVocabulary, toContentWords, toHanRuns, toQuerySentences } from "./vocabulary";

/**
 * The fixed query set (seeded): 300 latency queries (1–3 terms, common and rare, Traditional
 * script, year-filtered), 400 known-item queries (200 from distinctive titles, 200 from a sentence)
 * and 300 substring queries (2–6 Han characters cut from article text, searched within the
 * article's own day so that "all matches" fits in the result limit).
 */

export const SEED = 20260301;
export const TOP_K = 20;
export const SUBSTRING_LIMIT = 100;

export const LATENCY_CATEGORIES = [
  "1 term, common",
  "1 term, rare",
  "2 terms",
  "3 terms",
  "Traditional script",
  "year filter",
] as const;

const toTraditional = OpenCC.Converter({ from: "cn", to: "tw" });

function query(
  text: string,
  limit = TOP_K,
  from: string | null = null,
  to: string | null = null,
): BenchQuery {
  return { text, from, to, limit };
}

function termsFrom(
  random: Random,
  articles: Article[],
  n: number,
): { text: string; year: string | null } {
  for (;;) {
    const a = pick(random, articles);
    const words = toContentWords(`${a.title}\n${a.body.slice(0, 400)}`);
    if (words.length >= n)
      return { text: sample(random, words, n).join(" "), year: a.date?.slice(0, 4) ?? null };
  }
}

function latencyCases(random: Random, articles: Article[]): BenchCase[] {
  const vocab = buildVocabulary(articles, random);
  const years = [
    ...new Set(articles.map((a) => a.date?.slice(0, 4)).filter((y): y is string => !!y)),
  ].sort();
  const one = (common: boolean) => ({
    text: pick(random, common ? vocab.common : vocab.rare),
    year: pick(random, years),
  });
  const make = (n: number, i: number) =>
    n === 1 ? one(i % 2 === 0) : termsFrom(random, articles, n);
  const cases: BenchCase[] = [];
  const add = (category: string, q: BenchQuery) =>
    cases.push({ kind: "latency", category, query: q, target: null });
  for (let i = 0; i < 30; i++) add("1 term, common", query(one(true).text));
  for (let i = 0; i < 30; i++) add("1 term, rare", query(one(false).text));
  for (let n = 2; n <= 3; n++)
    for (let i = 0; i < 60; i++) add(`${n} terms`, query(make(n, i).text));
  for (let n = 1; n <= 3; n++) {
    for (let i = 0; i < 20; i++) {
      let text = make(n, i).text;
      for (let tries = 0; tries < 20 && toTraditional(text) === text; tries++)
        text = make(n, i).text;
      add("Traditional script", query(toTraditional(text)));
      const { text: filtered, year } = make(n, i);
      const y = year ?? pick(random, years);
      add("year filter", query(filtered, TOP_K, `${y}-01-01`, `${y}-12-31`));
    }
  }
  return cases;
}

function knownItemCases(random: Random, articles: Article[]): BenchCase[] {
  const titleCount = new Map<string, number>();
  for (const a of articles)
    titleCount.set(normalizeText(a.title), (titleCount.get(normalizeText(a.title)) ?? 0) + 1);
  const cases: BenchCase[] = [];
  while (cases.length < 200) {
    const a = pick(random, articles);
    const words = toContentWords(a.title);
    if (titleCount.get(normalizeText(a.title)) !== 1 || words.length < 2) continue;
    const text = sample(random, words, Math.min(words.length, randomInt(random, 2, 3))).join(" ");
    cases.push({ kind: "known-title", category: "title words", query: query(text), target: a.id });
  }
  while (cases.length < 400) {
    const a = pick(random, articles);
    const sentences = toQuerySentences(a.body);
    if (sentences.length === 0) continue;
    cases.push({
      kind: "known-sentence",
      category: "sentence",
      query: query(pick(random, sentences)),
      target: a.id,
    });
  }
  return cases;
}

function substringCases(random: Random, articles: Article[]): BenchCase[] {
  const cases: BenchCase[] = [];
  while (cases.length < 300) {
    const a = pick(random, articles);
    const length = randomInt(random, 2, 6);
    const runs = toHanRuns(a.body, length);
    if (!a.date || runs.length === 0) continue;
    const run = pick(random, runs);
    const start = randomInt(random, 0, run.length - length);
    const q = query(run.slice(start, start + length), SUBSTRING_LIMIT, a.date, a.date);
    cases.push({ kind: "substring", category: `${length} chars`, query: q, target: a.id });
  }
  return cases;
}

/** All cases, shuffled together so that a system cut short by the time budget answers a fair sample. */
export function buildQuerySet(articles: Article[]): BenchCase[] {
  const random = createRandom(SEED);
  const cases = [
    ...latencyCases(random, articles),
    ...knownItemCases(random, articles),
    ...substringCases(random, articles),
  ];
  return shuffle(random, cases);
}

/** Run on every system before measuring (not part of the set). */
export const WARMUP = [
  "中国",
  "经济 发展",
  "会见",
  "疫情 防控",
  "人民",
  "国务院 常务会议",
  "脱贫攻坚",
  "一带一路",
];
