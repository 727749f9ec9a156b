import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { buildSnippets } from "../lib/search/present/snippets";

/** Snippets as a reader sees them: a highlighted word is whole, never cut at a passage's edge. */

const FILLER = ["各地", "加快推进", "企业", "，", "。", "有序", "生产经营", "全面恢复"];
const TERMS = ["复工复产", "香港", "复工"];

describe("snippets", () => {
  it("never cut a highlighted word in half at a passage boundary", () => {
    const text = fc
      .array(fc.constantFrom(...FILLER, ...TERMS), { minLength: 40, maxLength: 160 })
      .map((w) => w.join(""));
    const terms = fc.subarray(TERMS, { minLength: 1 });
    fc.assert(
      fc.property(text, terms, (t, ts) => {
        for (const passage of buildSnippets(t, t, ts)) {
          for (const seg of passage.filter((s) => s.hit)) {
            expect(ts.some((term) => seg.text.includes(term))).toBe(true);
          }
        }
      }),
      { numRuns: 1500 },
    );
  });

  it("ends a passage after a term that straddles its last character", () => {
    // The passage opens at the first 复工复产; 140 characters on, a second one straddles its end.
    for (const gap of [130, 133, 135, 137]) {
      const text = `复工复产${"各".repeat(gap)}复工复产${"全面恢复".repeat(30)}`;
      const hits = buildSnippets(text, text, ["复工复产"])
        .flat()
        .filter((s) => s.hit);
      for (const h of hits) expect(h.text).toBe("复工复产");
    }
  });
});
