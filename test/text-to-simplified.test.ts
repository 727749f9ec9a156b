import { describe, expect, it } from "vitest";
import fc from "fast-check";
import * as OpenCC from "opencc-js";
import { normalizeText } from "../lib/text/normalize";
import { buildToSimplified, type ConfigName } from "../lib/text/to-simplified";

// The converter is ours for speed only: every answer must be opencc-js's, character for character.
const reference: Record<ConfigName, (text: string) => string> = {
  tw2s: OpenCC.Converter({ from: "tw", to: "cn" }),
  hk2s: OpenCC.Converter({ from: "hk", to: "cn" }),
};
const ours: Record<ConfigName, (text: string) => string> = {
  tw2s: buildToSimplified(["tw2s"], (_, converted) => converted),
  hk2s: buildToSimplified(["hk2s"], (_, converted) => converted),
};

// Characters where the dictionaries disagree, phrases overlap, or the matching rules have edges:
// Traditional and Simplified forms, variants that go round (台 → 臺 → 台), a compatibility
// ideograph (U+F900), an astral character, ideographic description characters, and plain text.
const ALPHABET = [
  ..."後来來台臺颱风風乾干幹著着吃喫裏裡里面麵麪发發髮于於什麼么么象像一干二净淨",
  ..."香港嘅巴士站喺邊度軟體記憶體電腦网絡網络的了是在不上中国國人",
  "\uf900",
  "𠮷",
  "⿰",
  "⿱",
  "⿲",
  "氵",
  "青",
  "a",
  " ",
  "\n",
  "，",
];
const mixedText = fc
  .array(fc.constantFrom(...ALPHABET), { maxLength: 40 })
  .map((chars) => chars.join(""));

describe("Traditional to Simplified", () => {
  it("gives opencc-js's answer for Taiwan and Hong Kong text", () => {
    for (const text of [
      "後來他們說：「這個軟體的記憶體不夠」，於是乾脆買了臺新電腦。",
      "香港嘅巴士站喺邊度？裏面有碗麪。颱風過後，一乾二淨。",
      "⿰氵青 ⿱艹⿰日月 𠮷野家 \uf900 ⿰",
    ]) {
      expect(ours.tw2s(text)).toBe(reference.tw2s(text));
      expect(ours.hk2s(text)).toBe(reference.hk2s(text));
    }
  });

  it("gives opencc-js's answer for any mix of tricky characters", () => {
    fc.assert(
      fc.property(mixedText, (text) => {
        expect(ours.tw2s(text)).toBe(reference.tw2s(text));
        expect(ours.hk2s(text)).toBe(reference.hk2s(text));
        expect(ours.hk2s(ours.tw2s(text))).toBe(reference.hk2s(reference.tw2s(text)));
      }),
      { numRuns: 2000 },
    );
  });

  it("leaves Simplified text as it is and finds Traditional words as Simplified", () => {
    expect(normalizeText("新闻联播：台风过后")).toBe("新闻联播:台风过后");
    expect(normalizeText("颱風過後")).toBe("台风过后");
    expect(normalizeText("後來")).toBe(normalizeText("后来"));
  });
});
