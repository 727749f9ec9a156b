import { spawnSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { DOMParser } from "linkedom";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { makeTempDir } from "../temp-dirs";
import { startServerOn, type HostileServer } from "./hostile-server";

/**
 * A feed reader's view across an index build: its own server on its own index of the samples,
 * then `npm run index` publishes a build with one more article while the server runs.
 */

const ROOT = path.resolve(import.meta.dirname, "../..");
const ATOM = "http://www.w3.org/2005/Atom";
const NEW_TITLE = "寻文订阅测试：新建成的社区卫生服务中心投入使用";

let server: HostileServer;
let work: string;
const index = () => path.join(work, "index");

function buildIndex(...inputs: string[]): void {
  const r = spawnSync("npx", ["tsx", "scripts/index.ts", ...inputs, "--out", index()], {
    cwd: ROOT,
    encoding: "utf8",
  });
  if (r.status !== 0) throw new Error(`index build failed: ${r.stderr}`);
}

/** The feed parsed back as XML, checked against what Atom (RFC 4287) requires of it. */
function readAtom(xml: string): { title: string; id: string }[] {
  const doc = new DOMParser().parseFromString(xml, "text/xml");
  const feed = doc.documentElement;
  expect(feed?.localName).toBe("feed");
  expect(feed?.getAttribute("xmlns")).toBe(ATOM);
  for (const required of ["id", "title", "updated"])
    expect(feed?.querySelector(`:scope > ${required}`)?.textContent).toBeTruthy();
  return [...doc.querySelectorAll("entry")].map((e) => {
    for (const required of ["id", "title", "updated"])
      expect(e.querySelector(required)?.textContent, required).toBeTruthy();
    expect(e.querySelector("link")?.getAttribute("href")).toMatch(/\/article\//);
    return {
      title: e.querySelector("title")!.textContent!,
      id: e.querySelector("id")!.textContent!,
    };
  });
}

beforeAll(async () => {
  work = makeTempDir("feed-updates");
  buildIndex("data/samples");
  server = await startServerOn(index());
}, 180_000);

afterAll(async () => {
  await server?.stop();
});

describe("a feed reader polling across index builds", () => {
  it("gets 304 until a build adds an article, then a valid Atom feed with the new article first", async () => {
    // The results page is answered from the server's cache once rendered; a build must replace it.
    const pageUrl = `${server.base}/?q=${encodeURIComponent("社区卫生服务中心")}`;
    // Each worker keeps its own: ask until one answers from its cache.
    let cachedPage = await fetch(pageUrl);
    for (let i = 0; i < 8 && cachedPage.headers.get("x-xunwen-cache") !== "hit"; i++)
      cachedPage = await fetch(pageUrl);
    expect(cachedPage.headers.get("x-xunwen-cache")).toBe("hit");
    const pageEtag = cachedPage.headers.get("etag")!;
    // The title's query words are marked on the page: look for its unmarked start.
    expect(await cachedPage.text()).not.toContain("寻文订阅测试");
    const url = `${server.base}/feed.xml`;
    const first = await fetch(url);
    expect(first.headers.get("content-type")).toContain("application/atom+xml");
    const etag = first.headers.get("etag")!;
    const before = readAtom(await first.text());
    expect(before.length).toBe(5);
    expect((await fetch(url, { headers: { "if-none-match": etag } })).status).toBe(304);

    const added = path.join(work, "inputs");
    fs.mkdirSync(added);
    fs.writeFileSync(
      path.join(added, "new-article.txt"),
      `${NEW_TITLE}\n\n2026年11月30日 来源：寻文测试\n\n今天，新建成的社区卫生服务中心正式投入使用，居民在家门口就能看病。\n`,
    );
    buildIndex("data/samples", added);

    // The server looks for a new build about once a second; a reader polls.
    let after: Response | null = null;
    for (let i = 0; i < 60 && !after; i++) {
      const r = await fetch(url, { headers: { "if-none-match": etag } });
      if (r.status === 200) after = r;
      else await new Promise((res) => setTimeout(res, 500));
    }
    expect(after, "the feed never changed after the build").not.toBeNull();
    expect(after!.headers.get("etag")).not.toBe(etag);
    const entries = readAtom(await after!.text());
    expect(entries.length).toBe(6);
    expect(entries[0]!.title).toBe(NEW_TITLE);
    // The older entries keep their ids, so a reader does not show them again as new.
    expect(entries.slice(1).map((e) => e.id)).toEqual(before.map((e) => e.id));
    // Both workers follow the build: four answers of the page in a row have the new article.
    let fresh = 0;
    for (let tries = 0; fresh < 4 && tries < 40; tries++) {
      const r = await fetch(pageUrl, { headers: { "if-none-match": pageEtag } });
      if (r.status === 200 && (await r.text()).includes("寻文订阅测试")) {
        fresh++;
      } else {
        fresh = 0;
        await new Promise((res) => setTimeout(res, 500));
      }
    }
    expect(fresh).toBe(4);
  });

  it("drops a removed article from the feed, results and totals, and its page answers 404", async () => {
    const feed = await (await fetch(`${server.base}/feed.xml`)).text();
    const href = /<link[^>]*href="([^"]*\/article\/[^"]+)"/.exec(feed)?.[1];
    expect(feed).toContain(NEW_TITLE);
    const articleUrl = new URL(href!, server.base).toString();
    expect((await fetch(articleUrl)).status).toBe(200);
    buildIndex("--remove", path.join(work, "inputs", "new-article.txt"));
    let gone: Response | null = null;
    for (let i = 0; i < 60 && !gone; i++) {
      const r = await fetch(articleUrl);
      if (r.status === 404) gone = r;
      else await new Promise((res) => setTimeout(res, 500));
    }
    expect(gone, "the removed article's page still answers").not.toBeNull();
    expect(await gone!.text()).toContain("找不到这篇报道");
    const search = await fetch(`${server.base}/api/search?q=${encodeURIComponent("寻文订阅测试")}`);
    expect(((await search.json()) as { total: number }).total).toBe(0);
    expect(readAtom(await (await fetch(`${server.base}/feed.xml`)).text())).toHaveLength(5);
  });
});
