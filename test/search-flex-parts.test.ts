import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import {
  createFlexIndex,
  loadFlexIndex,
  lookupFlexWord,
  writeFlexIndex,
} from "../lib/search/store/flex-index";
import { makeTempDir } from "./temp-dirs";

// Word i of doc d: a few words in every doc (的, 中国), the rest spread thin, like a real corpus.
const wordsOf = (d: number) => [
  "的",
  "中国",
  ...Array.from({ length: 30 }, (_, i) => `词${(d * 31 + i * 17) % 6000}`),
];

describe("a segment's word index in parts", () => {
  it("is written in small files and loads back the same words and documents", async () => {
    const tokens = new Map<string, string[]>();
    const index = createFlexIndex((text) => tokens.get(text));
    for (let d = 0; d < 3000; d++) {
      const body = wordsOf(d).join(" ");
      tokens.set(body, wordsOf(d));
      tokens.set(`标题${d}`, [`标题${d}`]);
      index.add({ id: d, title: `标题${d}`, body });
    }
    const dir = makeTempDir("flex-parts");
    const keys = await writeFlexIndex(index, dir);

    const bodyParts = keys.filter((k) => k.startsWith("body.") && k.endsWith(".map"));
    expect(bodyParts.length).toBeGreaterThan(2);
    // No part is one long parse: each stays near the cut, the common words' part included.
    for (const k of bodyParts)
      expect(fs.statSync(path.join(dir, `${k}.json`)).size).toBeLessThan(200 * 1024);

    const loaded = await loadFlexIndex(dir, keys);
    for (const word of ["的", "中国", "词0", "词17", "词5999", "标题42"]) {
      const field = word.startsWith("标题") ? "title" : "body";
      const sorted = (ids: number[]) => [...ids].sort((a, b) => a - b);
      const found = sorted(lookupFlexWord(loaded, field, word, 10_000));
      expect(found).toEqual(sorted(lookupFlexWord(index, field, word, 10_000)));
      expect(found.length).toBeGreaterThan(0);
    }
    expect(lookupFlexWord(loaded, "body", "的", 10_000)).toHaveLength(3000);
  });
});
