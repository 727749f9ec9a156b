import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import type { Article } from "../lib/article";
import { ingestPaths } from "../lib/ingest/ingest";
import { IngestReport } from "../lib/ingest/ingest-report";
import { loadSearchEngine, type SearchEngine } from "../lib/search/load-search-engine";
import { parseSearchState } from "../lib/search/search-state";
import { writeSearchIndex } from "../lib/search/write-search-index";

/** End to end on the raw seed pages: ingest (cleaning) → index → search. */

const SAMPLES = path.join(process.cwd(), "data/samples");
const BOILERPLATE = ["找回密码", "Discuz", "ICP备"];
let engine: SearchEngine;

beforeAll(async () => {
  const articles: Article[] = [];
  for await (const a of ingestPaths([SAMPLES], new IngestReport())) articles.push(a);
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "xunwen-seeds-"));
  await writeSearchIndex(articles, dir);
  engine = await loadSearchEngine(dir);
}, 120_000);

describe("search over the cleaned seed pages", () => {
  it("the raw pages do contain the boilerplate", () => {
    const raw = fs.readdirSync(SAMPLES).map((f) => fs.readFileSync(path.join(SAMPLES, f), "utf8")).join("\n");
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
