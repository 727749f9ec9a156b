import { describe, expect, it } from "vitest";
import { IngestReport } from "@/lib/ingest/ingest-report";
import { loadSourceAliases, toCanonicalSource } from "@/lib/ingest/source-aliases";
import { toArticle } from "@/lib/ingest/to-article";
import { loadThemes } from "@/lib/themes/load-themes";
import { buildThemeMatcher } from "@/lib/themes/match-themes";

describe("source aliases", () => {
  it("one outlet under several names is one source; unknown names stay as given", () => {
    const aliases = loadSourceAliases();
    expect(toCanonicalSource("CNTV", aliases)).toBe("央视网");
    expect(toCanonicalSource("cntv", aliases)).toBe("央视网");
    expect(toCanonicalSource("中国网络电视台", aliases)).toBe("央视网");
    expect(toCanonicalSource("央视网", aliases)).toBe("央视网");
    expect(toCanonicalSource("温州日报 ", aliases)).toBe("温州日报");
  });

  it("an article keeps the name it came with", () => {
    const record = {
      title: "新闻联播",
      text: "今天的主要内容有：各地加快推进复工复产，企业有序恢复生产经营。",
      date: "2012-08-01",
      source: "CNTV",
      url: null,
      province: null,
      tags: [],
    };
    const themes = buildThemeMatcher(loadThemes());
    const article = toArticle(
      { kind: "record", origin: "x.jsonl:1", record },
      themes,
      new IngestReport(),
    );
    expect(article).toMatchObject({ source: "央视网", sourceOriginal: "CNTV" });
  });
});
