import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import type { Article } from "../lib/article";
import { parseSearchMeta } from "../lib/search/store/index-format";
import { loadSearchEngine } from "../lib/search/store/load-search-engine";
import { parseSearchState } from "../lib/search/query/search-state";
import { pickStarterQueries } from "../lib/search/store/starter-queries";
import { writeSearchIndex } from "../lib/search/store/write-search-index";
import { describeTaxonomy } from "../lib/themes/load-themes";
import { loadPublished, runIndexCli } from "./reliability-cli";
import { makeTempDir } from "./temp-dirs";
import { article } from "./search-fixtures";

const tagged = (id: string, body: string, date: string, keywords: string[]): Article =>
  article(id, body.slice(0, 12), body, { date, keywords, source: "测试日报" });

// An old topic (防汛) and this spring's (春耕, 植树); 会议 is in every article.
const ARTICLES: Article[] = [
  ...Array.from({ length: 12 }, (_, i) =>
    tagged(`flood-${i}`, `各地召开会议部署防汛抗旱工作，第${i}期。`, "2019-07-01", [
      "会议",
      "防汛",
    ]),
  ),
  ...Array.from({ length: 8 }, (_, i) =>
    tagged(`spring-${i}`, `各地召开会议推进春耕生产，第${i}期。`, "2020-04-01", ["会议", "春耕"]),
  ),
  ...Array.from({ length: 4 }, (_, i) =>
    tagged(`tree-${i}`, `各地召开会议组织义务植树，第${i}期。`, "2020-03-20", ["会议", "植树"]),
  ),
];

describe("starter queries come from the corpus", () => {
  it("favours the keywords of recent months, skips the ones in nearly every article, and is stable", () => {
    const picked = pickStarterQueries(ARTICLES);
    expect(picked.slice(0, 2)).toEqual(["春耕", "植树"]);
    expect(picked).not.toContain("会议");
    expect(pickStarterQueries([...ARTICLES].reverse())).toEqual(picked);
    expect(pickStarterQueries([])).toEqual([]);
  });

  it("every example on an index built from the articles finds articles", async () => {
    const dir = makeTempDir("starters");
    await writeSearchIndex(ARTICLES, dir);
    const engine = await loadSearchEngine(dir);
    expect(engine.starterQueries.length).toBeGreaterThan(0);
    for (const q of engine.starterQueries)
      expect(engine.search(parseSearchState({ q }).state).total).toBeGreaterThan(0);
  });

  it("an index of an older format is refused with the command that rebuilds it", () => {
    expect(() =>
      parseSearchMeta(
        {
          format: "xunwen-search-index",
          version: 2,
          articleCount: 0,
          avgBodyLength: 0,
          flexKeys: [],
          createdAt: "x",
        },
        "old",
      ),
    ).toThrow(/version 2 is not supported.*npm run index/);
  });
});

describe("a taxonomy of one's own (--themes FILE)", () => {
  const themesFile = (dir: string) => {
    const file = path.join(dir, "my-themes.json");
    const themes = [{ id: "farm", name: "春耕备耕", keywords: ["春耕", "备耕"] }];
    fs.writeFileSync(file, JSON.stringify({ version: 1, name: "农业农村", themes }));
    return file;
  };

  it("tags articles with its themes and is recorded in the index", async () => {
    const dir = makeTempDir("taxonomy");
    const out = path.join(dir, "index");
    const file = themesFile(dir);
    const run = await runIndexCli(["data/samples", "--themes", file], out);
    expect(run.code).toBe(0);
    expect(run.stdout + run.stderr).toContain("(农业农村)");
    const engine = await loadPublished(out);
    expect(engine.taxonomy).toMatchObject({ name: "农业农村", themes: ["春耕备耕"] });
    expect(engine.taxonomy?.sha256).toBe(describeTaxonomy(file).sha256);
    const themes = engine.search(parseSearchState({}).state).facets.theme.map((t) => t.value);
    expect(themes.every((t) => t === "春耕备耕")).toBe(true);
  });

  it("a missing or invalid file stops the build before anything is written, saying why", async () => {
    const dir = makeTempDir("taxonomy-bad");
    const out = path.join(dir, "index");
    const missing = await runIndexCli(
      ["data/samples", "--themes", path.join(dir, "nope.json")],
      out,
    );
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain("cannot read the theme taxonomy");
    const bad = path.join(dir, "bad.json");
    fs.writeFileSync(bad, JSON.stringify({ version: 1, themes: [] }));
    const invalid = await runIndexCli(["data/samples", "--themes", bad], out);
    expect(invalid.code).toBe(2);
    expect(invalid.stderr).toContain("invalid theme taxonomy");
    expect(fs.existsSync(out)).toBe(false);
  });
});
