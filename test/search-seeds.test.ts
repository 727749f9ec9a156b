import fs from "node:fs";
import path from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import type { Article } from "../lib/article";
import { ingestPaths } from "../lib/ingest/ingest";
import { IngestReport } from "../lib/ingest/ingest-report";
import { loadSearchEngine, type SearchEngine } from "../lib/search/store/load-search-engine";
import { parseSearchState } from "../lib/search/query/search-state";
import { writeSearchIndex } from "../lib/search/store/write-search-index";
import { makeTempDir } from "./temp-dirs";

/** End to end on the raw seed pages: ingest (cleaning) → index → search. */

const SAMPLES = path.join(process.cwd(), "data/samples");
const BOILERPLATE = ["找回密码", "Discuz", "ICP备"];
let engine: SearchEngine;
/** Seed file prefix ("001") of each article id. */
const seedOf = new Map<string, string>();

beforeAll(async () => {
  const articles: Article[] = [];
  for await (const a of ingestPaths([SAMPLES], new IngestReport())) {
    articles.push(a);
    seedOf.set(a.id, path.basename(a.origin).slice(0, 3));
  }
  const dir = makeTempDir("seeds");
  await writeSearchIndex(articles, dir);
  engine = await loadSearchEngine(dir);
}, 120_000);

describe("search over the cleaned seed pages", () => {
  it("the raw pages do contain the boilerplate", () => {
    const raw = fs
      .readdirSync(SAMPLES)
      .map((f) => fs.readFileSync(path.join(SAMPLES, f), "utf8"))
      .join("\n");
    for (const w of BOILERPLATE) expect(raw).toContain(w);
  });

  it.each(BOILERPLATE)("finds nothing for page boilerplate %s", (q) => {
    expect(engine.search(parseSearchState({ q }).state).total).toBe(0);
  });

  it("still finds the articles' own words", () => {
    expect(engine.articleCount).toBeGreaterThan(0);
    const r = engine.search(parseSearchState({ q: "党旗" }).state);
    expect(r.total).toBeGreaterThan(0);
    expect(r.hits[0]!.snippets.flat().some((s) => s.hit && s.text === "党旗")).toBe(true);
  });
});

const seeds = (raw: Record<string, string | string[]>) =>
  engine.search(parseSearchState(raw).state).hits.map((h) => seedOf.get(h.id));

describe("the seed corpus answers what a reader asks", () => {
  it("包头 稀土 puts the 包頭 article first", () => {
    expect(seeds({ q: "包头 稀土" })[0]).toBe("001");
  });

  it("the Traditional query 包頭 finds it too, highlighted in its own script", () => {
    const r = engine.search(parseSearchState({ q: "包頭" }).state);
    expect(r.hits.map((h) => seedOf.get(h.id))).toEqual(["001"]);
    expect(r.hits[0]!.title.find((s) => s.hit)?.text).toBe("包頭");
  });

  it("温州东大门, split by jieba, is found as the string it is", () => {
    expect(seeds({ q: "温州东大门" })).toEqual(["002"]);
  });

  it('the exact phrase "双战双胜" finds 003', () => {
    expect(seeds({ q: '"双战双胜"' })).toEqual(["003"]);
  });

  it("新海镇 捐款 finds 004", () => {
    expect(seeds({ q: "新海镇 捐款" })[0]).toBe("004");
  });

  it("复工复产 -温州 leaves out the 温州 article", () => {
    const found = seeds({ q: "复工复产 -温州" });
    expect(found.length).toBeGreaterThan(0);
    expect(found).not.toContain("002");
    expect(seeds({ q: "复工复产" })).toContain("002");
  });

  it("the region filter 陕西省 keeps only 003", () => {
    expect(seeds({ region: "陕西省" })).toEqual(["003"]);
    expect(seeds({ q: "党建引领", region: "陕西省" })).toEqual(["003"]);
  });
});
