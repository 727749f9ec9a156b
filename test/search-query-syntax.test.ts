import fc from "fast-check";
import { beforeAll, describe, expect, it } from "vitest";
import type { SearchEngine } from "../lib/search/store/load-search-engine";
import { parseQuery, type ParsedQuery } from "../lib/search/query/parse-query";
import { parseSearchState } from "../lib/search/query/search-state";
import { buildFixtureEngine } from "./search-fixtures";

/**
 * Queries as typed with a Chinese input method: full-width operators (－ ｜ （ ） and the
 * full-width space), CJK quotes for phrases, and parentheses for grouping.
 */

const texts = (p: ParsedQuery) => ({
  groups: p.groups.map((g) => g.map((t) => [t.text, t.phrase])),
  excluded: p.excluded.map((t) => [t.text, t.phrase]),
});

/** What an IME types for each ASCII operator. */
function fullWidthTwin(q: string): string {
  let quote = 0;
  return q
    .replace(/-/g, "－")
    .replace(/\|/g, "｜")
    .replace(/\(/g, "（")
    .replace(/\)/g, "）")
    .replace(/ /g, "\u3000")
    .replace(/"/g, () => (quote++ % 2 === 0 ? "“" : "”"));
}

const WORDS = ["社区", "疫情", "防控", "包头", "稀土", "复工", "温州", "志愿者"];
const query = fc
  .array(
    fc.oneof(fc.constantFrom(...WORDS), fc.constantFrom(" ", " | ", " -", "(", ")", '"', " OR ")),
    { maxLength: 10 },
  )
  .map((parts) => parts.join(""));

describe("full-width and CJK query syntax", () => {
  let engine: SearchEngine;
  beforeAll(async () => {
    engine = (await buildFixtureEngine()).engine;
  });
  const ids = (q: string) => engine.search(parseSearchState({ q }).state).hits.map((h) => h.id);

  it("a query and its full-width twin parse alike and find the same articles", () => {
    fc.assert(
      fc.property(query, (q) => {
        const twin = fullWidthTwin(q);
        expect(texts(parseQuery(twin))).toEqual(texts(parseQuery(q)));
        expect(ids(twin)).toEqual(ids(q));
      }),
      { numRuns: 400 },
    );
  });

  it("香港 －暴力 excludes like 香港 -暴力, 武汉｜湖北 is an alternative", () => {
    expect(ids("防控 －包头")).toEqual(ids("防控 -包头"));
    expect(ids("防控 －包头").length).toBeGreaterThan(0);
    expect(ids("包头｜温州")).toEqual(ids("包头 | 温州"));
    expect(ids("包头｜温州").length).toBeGreaterThan(ids("包头").length);
  });

  it("「…」, 『…』 and “…” quote a phrase", () => {
    for (const q of ["「复工复产」", "『复工复产』", "“复工复产”", '"复工复产"']) {
      expect(parseQuery(q).groups).toMatchObject([[{ text: "复工复产", phrase: true }]]);
    }
  });

  it("groups with parentheses, ASCII or full-width, and distributes an OR over an AND", () => {
    const grouped = texts(parseQuery("(社区 | 稀土) 防控"));
    expect(grouped.groups).toEqual([
      [
        ["社区", false],
        ["稀土", false],
      ],
      [["防控", false]],
    ]);
    expect(texts(parseQuery("（社区｜稀土）　防控"))).toEqual(grouped);
    expect(texts(parseQuery("(包头 稀土) | 温州")).groups).toEqual([
      [
        ["包头", false],
        ["温州", false],
      ],
      [
        ["稀土", false],
        ["温州", false],
      ],
    ]);
    expect(ids("(包头 | 温州) 复工")).toEqual(ids("包头 | 温州 复工"));
  });

  it("keeps parentheses inside a word as text, and -( … | … ) excludes every alternative", () => {
    expect(parseQuery("云南自贸区昆明片区(昆明经开区)").groups).toMatchObject([
      [{ text: "云南自贸区昆明片区(昆明经开区)" }],
    ]);
    expect(texts(parseQuery("防控 -(包头 | 温州)")).excluded).toEqual([
      ["包头", false],
      ["温州", false],
    ]);
  });
});
