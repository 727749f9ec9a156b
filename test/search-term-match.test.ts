import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { buildGramPostings } from "../lib/search/store/gram-postings-build";
import { GramPostings } from "../lib/search/store/gram-postings";
import { TermMatcher } from "../lib/search/match/match-terms";
import { buildTextStore, TextStore } from "../lib/search/store/text-store";

/**
 * Grep-exact matching: for any texts and any term, the matcher finds exactly the documents
 * containing the term and counts its occurrences as a left-to-right scan would, whether it reads
 * the text or the gram counts prove the answer (the shortcut that spares reading most articles
 * naming 习近平). Texts draw on few characters so that near misses (习近 … 近平, 最近) abound.
 */

function scanCount(text: string, term: string): number {
  let n = 0;
  for (let at = text.indexOf(term); at >= 0; at = text.indexOf(term, at + term.length)) n++;
  return n;
}

function buildMatcher(titles: string[], bodies: string[]): TermMatcher {
  const built = buildTextStore(titles, bodies, titles, bodies);
  return new TermMatcher(
    new GramPostings(buildGramPostings(titles), "title"),
    new GramPostings(buildGramPostings(bodies), "body"),
    new TextStore(built.text, built.layout, "layout"),
  );
}

function expectExact(matcher: TermMatcher, titles: string[], bodies: string[], term: string): void {
  const m = matcher.match(term);
  const expected = bodies
    .map((body, d) => ({ d, title: scanCount(titles[d]!, term), body: scanCount(body, term) }))
    .filter((e) => e.title + e.body > 0);
  expect(Array.from(m.ids)).toEqual(expected.map((e) => e.d));
  expect(Array.from(m.tfTitle)).toEqual(expected.map((e) => e.title));
  expect(Array.from(m.tfBody)).toEqual(expected.map((e) => e.body));
}

describe("term matching", () => {
  it("tells 习近平 from 习近 … 近平 and counts it beside 最近 and 附近", () => {
    // Enough articles that the gram counts are consulted rather than every text read.
    const filler = Array.from({ length: 40 }, () => "习近平");
    const titles = ["习近平会见外宾", "最近消息", "近平", "新闻", ...filler.map(() => "")];
    const bodies = [
      "习近平指出，最近习近平强调。",
      "习近日，近平安。",
      "附近习近平",
      "习近平习近平习近平",
      ...filler,
    ];
    const matcher = buildMatcher(titles, bodies);
    expectExact(matcher, titles, bodies, "习近平");
    expect(Array.from(matcher.match("习近平").ids).slice(0, 3)).toEqual([0, 2, 3]);
  });

  it("matches exactly for any texts and terms", () => {
    const char = fc.constantFrom(..."习近平最附一带路中国");
    const text = fc.array(char, { maxLength: 60 }).map((cs) => cs.join(""));
    const docs = fc.array(fc.tuple(text, text), { minLength: 1, maxLength: 150 });
    const term = fc.array(char, { minLength: 3, maxLength: 5 }).map((cs) => cs.join(""));
    fc.assert(
      fc.property(docs, fc.array(term, { minLength: 1, maxLength: 5 }), (pairs, terms) => {
        const titles = pairs.map(([t]) => t);
        const bodies = pairs.map(([, b]) => b);
        const matcher = buildMatcher(titles, bodies);
        for (const t of terms) expectExact(matcher, titles, bodies, t);
      }),
      { numRuns: 300 },
    );
  });

  it("finds a frequent term in every one of many articles", () => {
    const titles = Array.from({ length: 300 }, (_, i) => `第${i}期`);
    const bodies = titles.map((_, i) =>
      i % 3 === 0 ? "最近，习近平指出" : "习近平强调，习近平指出",
    );
    expectExact(buildMatcher(titles, bodies), titles, bodies, "习近平");
  });
});
