import { DOMParser } from "linkedom";
import { beforeAll, describe, expect, it } from "vitest";
import type { Article } from "../lib/article";
import { buildAtomFeed, buildFeedHref, toFeedState } from "../lib/feeds/build-atom-feed";
import type { SearchEngine } from "../lib/search/store/load-search-engine";
import { parseSearchState } from "../lib/search/query/search-state";
import { article, buildFixtureEngine } from "./search-fixtures";

const wenzhou = (
  id: string,
  title: string,
  date: string,
  body = "社区开展疫情防控志愿服务。",
): Article =>
  article(id, title, `${title}。${body}`, {
    date,
    source: "测试日报",
    region: { code: "330300", province: "浙江省", city: "温州市", county: null },
  });

let engine: SearchEngine;
beforeAll(async () => {
  engine = (
    await buildFixtureEngine([
      wenzhou("old", "温州社区防控志愿服务", "2020-02-01"),
      wenzhou("new", "<b>温州</b>志愿者 & 防控“最后一公里”", "2020-03-01"),
      wenzhou("other", "杭州复工复产", "2020-03-05", "企业有序恢复生产。"),
    ])
  ).engine;
});

function feedOf(params: Record<string, string>) {
  const { state } = parseSearchState(params);
  const xml = buildAtomFeed(engine.search(toFeedState(state)), {
    origin: "https://xunwen.example",
    builtAt: "2026-12-02T08:00:00.000Z",
  });
  return { xml, doc: new DOMParser().parseFromString(xml, "text/xml") };
}

describe("the Atom feed of a search", () => {
  it("lists the newest matches first, each linking to its article, with date, source and region", () => {
    const { doc } = feedOf({ q: "志愿", sort: "relevance", page: "3" });
    const entries = [...doc.querySelectorAll("entry")];
    expect(entries.map((e) => e.querySelector("id")?.textContent)).toEqual([
      "https://xunwen.example/article/new",
      "https://xunwen.example/article/old",
    ]);
    const summary = entries[0]!.querySelector("summary")?.textContent ?? "";
    expect(summary).toContain("2020-03-01 · 测试日报 · 浙江省 › 温州市");
    expect(doc.querySelector("feed > updated")?.textContent).toBe("2026-12-02T08:00:00.000Z");
    expect(doc.querySelector("feed > title")?.textContent).toContain("“志愿”");
  });

  it("escapes what articles contain: a reader shows a title with markup as text", () => {
    const { doc } = feedOf({ q: "温州" });
    // Atom type="html": what a reader renders is the title parsed as HTML.
    const rendered = [...doc.querySelectorAll("entry > title")].map((t) =>
      new DOMParser().parseFromString(`<p>${t.textContent ?? ""}</p>`, "text/html"),
    );
    expect(rendered.map((d) => d.querySelector("p")?.textContent)).toContain(
      "<b>温州</b>志愿者 & 防控“最后一公里”",
    );
    expect(rendered.every((d) => d.querySelector("b") === null)).toBe(true);
  });

  it("has the same address for the same search whatever its sort or page", () => {
    const a = buildFeedHref(parseSearchState({ q: "温州", region: "浙江省", page: "2" }).state);
    const b = buildFeedHref(
      parseSearchState({ q: "温州", region: "浙江省", sort: "oldest" }).state,
    );
    expect(a).toBe(b);
    expect(a).toBe(
      `/feed.xml?q=${encodeURIComponent("温州")}&region=${encodeURIComponent("浙江省")}`,
    );
  });
});
