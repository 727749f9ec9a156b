import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { starterQueriesOfParts, toKeywordFile } from "../lib/search/store/keyword-file";
import { pickStarterQueries } from "../lib/search/store/starter-queries";

const WORDS = [
  "疫情",
  "疫情防控",
  "复工复产",
  "经济",
  "发展",
  "会议",
  "中国",
  "春运",
  "两会",
  "十五",
];

const article = fc.record({
  keywords: fc.array(fc.constantFrom(...WORDS), { maxLength: 6 }),
  date: fc.option(
    fc
      .integer({ min: 0, max: 400 })
      .map((d) => new Date(Date.UTC(2020, 0, 1 + d)).toISOString().slice(0, 10)),
    { nil: null },
  ),
  deleted: fc.boolean(),
});

describe("starter queries of a manifest", () => {
  it("are those of the live articles, however they are split into segments", () => {
    fc.assert(
      fc.property(
        fc.array(article, { maxLength: 60 }),
        fc.array(fc.integer({ min: 0, max: 60 }), { maxLength: 4 }),
        (articles, cuts) => {
          const docs = articles.map((a, i) => ({ ...a, id: `a${i}` }));
          const bounds = [0, ...[...cuts].sort((a, b) => a - b), docs.length].map((b) =>
            Math.min(b, docs.length),
          );
          const parts = bounds.slice(1).map((end, i) => {
            const slice = docs.slice(bounds[i], end);
            return {
              file: toKeywordFile(slice),
              deleted: new Set(slice.filter((d) => d.deleted).map((d) => d.id)),
            };
          });
          const live = docs.filter((d) => !d.deleted);
          expect(starterQueriesOfParts(parts)).toEqual(pickStarterQueries(live));
        },
      ),
      { numRuns: 300 },
    );
  });
});
