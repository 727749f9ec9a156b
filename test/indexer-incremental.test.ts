import fs from "node:fs";
import path from "node:path";
import { spawn } from "node:child_process";
import { describe, expect, it } from "vitest";
import { loadManifest } from "../lib/index-dir/index-manifest";
import { parseSearchState } from "../lib/search/query/search-state";
import type { SearchEngine } from "../lib/search/store/load-search-engine";
import { loadPublished, ROOT } from "./reliability-cli";
import { makeTempDir } from "./temp-dirs";

/** npm run index on a living corpus: add, update in place, skip what is unchanged, remove. */

function runIndex(
  args: string[],
): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ["--import", "tsx", "scripts/index.ts", ...args], {
      cwd: ROOT,
      stdio: ["ignore", "pipe", "pipe"],
    });
    let stdout = "";
    let stderr = "";
    child.stdout.on("data", (c: Buffer) => (stdout += c.toString()));
    child.stderr.on("data", (c: Buffer) => (stderr += c.toString()));
    child.on("error", reject);
    child.on("close", (code) => resolve({ code, stdout, stderr }));
  });
}

const record = (n: number, text: string, extra: Record<string, string> = {}) =>
  JSON.stringify({
    title: `龙湾区第${n}期社区防控简报`,
    text: `${text}（第${n}期）温州市龙湾区各街道继续落实联防联控措施。`,
    date: `2020-03-${String(n).padStart(2, "0")}`,
    source: "龙湾发布",
    url: `https://example.com/longwan/${n}`,
    ...extra,
  });

const ids = (engine: SearchEngine, q: string) =>
  engine.search(parseSearchState({ q, dup: "all" }).state).hits.map((h) => h.id);

describe("npm run index on an existing index", () => {
  it("adds, updates in place, skips unchanged inputs and removes", async () => {
    const work = makeTempDir("living");
    const out = path.join(work, "index");
    const a = path.join(work, "a.jsonl");
    const b = path.join(work, "b.jsonl");
    const page = path.join(work, "pages", "notice.txt");
    fs.mkdirSync(path.dirname(page));
    fs.writeFileSync(a, [record(1, "口罩发放"), record(2, "核酸检测")].join("\n"));
    fs.writeFileSync(b, record(3, "复工复产"));
    fs.writeFileSync(
      page,
      "鸿雁湖畔通知\n\n2020年3月9日，鸿雁湖畔社区发布公告，提醒居民错峰出行，做好个人防护。",
    );

    expect((await runIndex([a, page, "--out", out])).code).toBe(0);
    let engine = await loadPublished(out);
    expect(engine.articleCount).toBe(3);
    const [maskId] = ids(engine, "口罩发放");

    // b is new, a's first record changed (same URL), a's second and the page are unchanged.
    fs.writeFileSync(a, [record(1, "口罩补发"), record(2, "核酸检测")].join("\n"));
    const run = await runIndex([a, b, page, "--out", out, "--no-merge"]);
    expect(run.stdout).toMatch(/1 added · 1 updated · 2 unchanged · 0 removed/);
    engine = await loadPublished(out);
    expect(engine.articleCount).toBe(4);
    expect(ids(engine, "口罩发放")).toEqual([]);
    expect(ids(engine, "口罩补发")).toEqual([maskId]);
    expect(engine.getArticle(maskId!)?.body).toContain("口罩补发");
    expect(loadManifest(out).segments).toHaveLength(2);

    expect((await runIndex([a, b, page, "--out", out])).stdout).toMatch(/Nothing changed/);

    // Withdrawn by file and by id: gone from results, totals, facets and the article page.
    const [pageId] = ids(engine, "鸿雁湖畔");
    const removed = await runIndex(["--remove", b, pageId!, "--out", out]);
    expect(removed.stdout).toMatch(/0 added · 0 updated · 0 unchanged · 2 removed/);
    engine = await loadPublished(out);
    expect(engine.articleCount).toBe(2);
    expect(engine.getArticle(pageId!)).toBeNull();
    const all = engine.search(parseSearchState({ q: "联防联控" }).state);
    expect(all.total).toBe(2);
    expect(all.facets.source.map((s) => [s.value, s.count])).toEqual([["龙湾发布", 2]]);

    // A changed taxonomy tags only what this run adds: the summary says so and how to re-tag all.
    const themes = path.join(work, "themes.json");
    fs.writeFileSync(themes, `${fs.readFileSync(path.join(ROOT, "data/themes.json"), "utf8")}\n`);
    const retagged = await runIndex([b, "--out", out, "--themes", themes]);
    expect(retagged.stdout).toMatch(/1 added/);
    expect(retagged.stdout).toMatch(/taxonomy-changed.*--rebuild/);

    // --rebuild starts over from the paths given.
    expect((await runIndex(["--rebuild", page, "--out", out])).code).toBe(0);
    expect((await loadPublished(out)).articleCount).toBe(1);
  }, 120_000);
});
