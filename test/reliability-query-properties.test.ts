import fc from "fast-check";
import { beforeAll, describe, expect, it } from "vitest";
import type { SearchEngine } from "../lib/search/store/load-search-engine";
import {
  formatQuery,
  parseQuery,
  positiveTerms,
  type ParsedQuery,
} from "../lib/search/query/parse-query";
import { parseSearchState } from "../lib/search/query/search-state";
import { normalizeText } from "../lib/text/normalize";
import { buildFixtureEngine, FIXTURES } from "./search-fixtures";

/**
 * Property tests: whatever a user (or an attacker) types, the query parser returns a well-formed
 * parse and the engine answers without throwing. Strings mix arbitrary Unicode (lone surrogates,
 * control characters, RTL overrides) with the query syntax and words that occur in the fixtures.
 */

const SYNTAX = [
  '"',
  "“",
  "”",
  "-",
  "|",
  " OR ",
  " ",
  "\u3000",
  "\t",
  "\n",
  "\u0000",
  "\u202e",
  "\u200b",
  "\ufeff",
  '-"',
  "\\",
  "*",
  "(",
  ")",
];
const WORDS = [
  "社区",
  "疫情",
  "防控",
  "包头",
  "包頭",
  "稀土",
  "温州东大门",
  "中",
  "疫",
  "a",
  "COVID-19",
  "<script>",
  "&amp;",
  "，",
  "。",
];
const token = fc.oneof(
  fc.constantFrom(...SYNTAX),
  fc.constantFrom(...WORDS),
  fc.string({ unit: "binary", maxLength: 3 }),
);
const anyQuery = fc.oneof(
  fc.string(),
  fc.string({ unit: "binary" }),
  fc.string({ unit: "grapheme", maxLength: 40 }),
  fc.array(token, { maxLength: 12 }).map((t) => t.join("")),
);

function expectWellFormed(p: ParsedQuery): void {
  for (const group of p.groups) expect(group.length).toBeGreaterThan(0);
  for (const terms of [...p.groups, p.excluded]) {
    expect(new Set(terms.map((t) => t.text)).size).toBe(terms.length);
    for (const t of terms) {
      expect(t.display.length).toBeGreaterThan(0);
      // The normaliser is length-preserving: highlight offsets depend on it.
      expect(t.text.length).toBe(t.display.length);
      expect(t.display).not.toMatch(/["“”]/);
      if (!t.phrase) expect(t.display).not.toMatch(/[\s|]/);
    }
  }
}

describe("query parser properties", () => {
  it("returns a well-formed parse for any string and never throws", () => {
    fc.assert(
      fc.property(anyQuery, (q) => expectWellFormed(parseQuery(q))),
      { numRuns: 2000 },
    );
  });

  it("reads its own formatted query back to the same terms", () => {
    const texts = (p: ParsedQuery) => ({
      groups: p.groups.map((g) => g.map((t) => [t.text, t.phrase])),
      excluded: p.excluded.map((t) => [t.text, t.phrase]),
    });
    fc.assert(
      fc.property(anyQuery, (q) => {
        const parsed = parseQuery(q);
        expect(texts(parseQuery(formatQuery(parsed)))).toEqual(texts(parsed));
      }),
      { numRuns: 2000 },
    );
  });
});

describe("engine properties on the fixture index", () => {
  let engine: SearchEngine;
  beforeAll(async () => {
    engine = (await buildFixtureEngine()).engine;
  });

  it("answers any query, with and without filters, with consistent hits", () => {
    const filters = fc.record(
      {
        region: fc.constantFrom(
          "浙江省",
          "浙江省/温州市",
          "内蒙古自治区/包头市/包头稀土高新区",
          "<b>",
        ),
        theme: fc.constantFrom("社区防控", "复工复产"),
        source: fc.constantFrom("温州日报", "健康时报"),
        from: fc.constantFrom("2020-02-01", "2019-01-01"),
        sort: fc.constantFrom("relevance", "newest", "oldest"),
        page: fc.constantFrom("1", "2", "999"),
      },
      { requiredKeys: [] },
    );
    fc.assert(
      fc.property(anyQuery, filters, (q, f) => {
        const r = engine.search(parseSearchState({ q, ...f }).state);
        const ids = r.hits.map((h) => h.id);
        expect(new Set(ids).size).toBe(ids.length);
        expect(r.total).toBeGreaterThanOrEqual(ids.length);
        for (const id of ids) expect(engine.getArticle(id)).not.toBeNull();
        // The ids-only ranking (the bench's and any client's cheap path) lists the same page.
        const ranked = engine.rankIds(r.state);
        expect(ranked.total).toBe(r.total);
        expect(ranked.hits).toEqual(
          r.hits.map((h) => ({ id: h.id, similar: h.similar.map((s) => s.id) })),
        );
      }),
      { numRuns: 1500 },
    );
  });

  it("highlights and suggests for any query without throwing, marking only the query's terms", () => {
    fc.assert(
      fc.property(anyQuery, fc.constantFrom(...FIXTURES.map((a) => a.id)), (q, id) => {
        const h = engine.highlightArticle(id, q);
        expect(h).not.toBeNull();
        const terms = positiveTerms(parseQuery(q)).map((t) => t.text);
        const marked = [h!.title, ...h!.paragraphs].flat().filter((s) => s.hit);
        if (terms.length === 0) expect(marked).toEqual([]);
        for (const seg of marked)
          expect(terms.some((t) => normalizeText(seg.text).includes(t))).toBe(true);
        expect(Array.isArray(engine.suggest(q, 8))).toBe(true);
      }),
      { numRuns: 1500 },
    );
  });
});
