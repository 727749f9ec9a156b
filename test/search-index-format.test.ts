import fs from "node:fs/promises";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { buildGramPostings } from "../lib/search/store/gram-postings-build";
import { GramPostings } from "../lib/search/store/gram-postings";
import { INDEX_FILES } from "../lib/search/store/index-format";
import { loadSearchEngine } from "../lib/search/store/load-search-engine";
import { buildFixtureEngine, FIXTURES } from "./search-fixtures";

/** Naive reference: for every unigram and bigram (no separators), doc → occurrences. */
function naiveGrams(texts: string[]): Map<number, Map<number, number>> {
  const out = new Map<number, Map<number, number>>();
  const bump = (key: number, doc: number) => {
    const docs = out.get(key) ?? out.set(key, new Map()).get(key)!;
    docs.set(doc, (docs.get(doc) ?? 0) + 1);
  };
  texts.forEach((t, doc) => {
    for (let i = 0; i < t.length; i++) {
      if (/\s/.test(t[i]!)) continue;
      bump(t.charCodeAt(i), doc);
      if (i + 1 < t.length && !/\s/.test(t[i + 1]!))
        bump(t.charCodeAt(i) * 65536 + t.charCodeAt(i + 1), doc);
    }
  });
  return out;
}

describe("search index files", () => {
  it("n-gram postings list exactly the documents holding each gram, with their counts", () => {
    // The last text has 40 000 distinct characters, so the gram table must grow several times.
    const many = Array.from({ length: 40000 }, (_, i) =>
      String.fromCharCode(0x4e00 + ((i * 7919) % 20000)),
    ).join("");
    const texts = ["疫情防控 防控工作", "包头稀土，稀土产业", "", "防控防控防控", many];
    const postings = new GramPostings(buildGramPostings(texts), "test");
    const expected = naiveGrams(texts);
    const flatten = (lists: [number, number][][]) =>
      lists.map((l) => l.map(([d, tf]) => `${d}:${tf}`).join(" ")).join("\n");
    const want = [...expected.values()].map((docs) =>
      [...docs]
        .sort((a, b) => a[0] - b[0])
        .map(([d, tf]): [number, number] => [d, Math.min(tf, 255)]),
    );
    const got = [...expected.keys()].map((key) => {
      const p = postings.get(key);
      return Array.from(p.ids, (d, i): [number, number] => [d, p.tfs[i]!]);
    });
    expect(flatten(got)).toBe(flatten(want));
    expect(postings.df("防控".charCodeAt(0) * 65536 + "控".charCodeAt(0))).toBe(2);
    expect(postings.df("龘".charCodeAt(0))).toBe(0);
  });

  it("reads article metadata back per document, and refuses a truncated metadata file", async () => {
    const { engine, dir } = await buildFixtureEngine();
    for (const a of FIXTURES) {
      const { body: _body, ...meta } = a;
      const stored = engine.getArticle(a.id)!;
      expect({ ...stored, body: undefined }).toEqual({ ...meta, body: undefined });
      expect(stored.body).toBe(a.body);
    }
    // The metadata file stays a plain JSON array.
    expect(JSON.parse(await fs.readFile(path.join(dir, INDEX_FILES.docs), "utf8"))).toHaveLength(
      FIXTURES.length,
    );
    await fs.writeFile(path.join(dir, INDEX_FILES.docs), "[{truncated");
    await expect(loadSearchEngine(dir)).rejects.toThrow(/rebuild the index/);
  });
});
