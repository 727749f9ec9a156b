import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import type { Article } from "../lib/article";
import type { InputStamp } from "../lib/index-dir/input-stamp";
import { INDEX_FILES } from "../lib/search/store/index-format";
import { loadSearchEngine } from "../lib/search/store/load-search-engine";
import { writeMergedSegment } from "../lib/search/store/merge-segment-files";
import { parseSearchState } from "../lib/search/query/search-state";
import { writeSearchIndex } from "../lib/search/store/write-search-index";
import { FIXTURES } from "./search-fixtures";
import { makeTempDir } from "./temp-dirs";

/**
 * A background merge writes, from the segments' files alone, the segment a build of their live
 * articles would write: the same texts, postings, signatures, sources, vocabulary and word lists,
 * with withdrawn and replaced articles gone.
 */

const stampOf = (a: Article): InputStamp => [`inbox/${a.id}.html`, `h-${a.id}`];
const edited = (a: Article): Article => ({
  ...a,
  title: `${a.title}（更正）`,
  body: `更正：${a.body}`,
});

async function writeSegment(articles: Article[]): Promise<string> {
  const dir = makeTempDir("merge-part");
  await writeSearchIndex(articles, dir, {
    inputs: new Map(articles.map((a) => [a.id, stampOf(a)])),
  });
  return dir;
}

/** Each field's words with their sorted doc numbers, read from a segment's FlexSearch export. */
function wordLists(dir: string): Record<string, string[]> {
  const flex = path.join(dir, INDEX_FILES.flexDir);
  const out: Record<string, string[]> = {};
  for (const file of fs.readdirSync(flex).filter((f) => f.endsWith(".map.json"))) {
    const field = file.split(".")[0]!;
    const entries = JSON.parse(fs.readFileSync(path.join(flex, file), "utf8")) as [
      string,
      number[][],
    ][];
    for (const [word, slots] of entries)
      (out[field] ??= []).push(
        `${word}:${slots
          .flat()
          .sort((a, b) => a - b)
          .join(",")}`,
      );
  }
  for (const words of Object.values(out)) words.sort();
  return out;
}

const SAME_FILES = Object.values(INDEX_FILES).filter(
  (f) => f !== INDEX_FILES.meta && f !== INDEX_FILES.flexDir,
);

describe("merging written segments", () => {
  const [a, b, c] = [FIXTURES.slice(0, 4), FIXTURES.slice(4, 7), FIXTURES.slice(7)];
  const withdrawn = a[1]!;
  const corrected = edited(b[0]!);

  it("writes what a build of their live articles writes, without the withdrawn and replaced ones", async () => {
    const sources = [
      { dir: await writeSegment(a), deleted: [withdrawn.id] },
      { dir: await writeSegment(b), deleted: [corrected.id] },
      { dir: await writeSegment([...c, corrected]), deleted: [] },
    ];
    const merged = makeTempDir("merged");
    const count = await writeMergedSegment(sources, merged, null);

    const live = [...a.filter((x) => x !== withdrawn), ...b.slice(1), ...c, corrected];
    expect(count).toBe(live.length);
    const built = await writeSegment(live);
    for (const file of SAME_FILES)
      expect(fs.readFileSync(path.join(merged, file)), file).toEqual(
        fs.readFileSync(path.join(built, file)),
      );
    expect(wordLists(merged)).toEqual(wordLists(built));
    expect(Object.keys(wordLists(merged))).toEqual(expect.arrayContaining(["title", "body"]));
    const meta = (dir: string) => {
      const {
        createdAt: _,
        flexKeys: __,
        ...rest
      } = JSON.parse(fs.readFileSync(path.join(dir, INDEX_FILES.meta), "utf8")) as Record<
        string,
        unknown
      >;
      return rest;
    };
    expect(meta(merged)).toEqual(meta(built));

    // And it serves: the withdrawn article is gone, the corrected one found by its new words.
    const engine = await loadSearchEngine(merged);
    const total = (q: string) => engine.search(parseSearchState({ q }).state).total;
    expect(engine.getArticle(withdrawn.id)).toBeNull();
    expect(engine.getArticle(corrected.id)?.title).toBe(corrected.title);
    expect(total("更正")).toBe(1);
    expect(total("稀土")).toBe(
      (await loadSearchEngine(built)).search(parseSearchState({ q: "稀土" }).state).total,
    );
  });
});
