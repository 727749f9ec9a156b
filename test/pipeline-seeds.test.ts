import path from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import type { Article } from "@/lib/article";
import { IngestReport } from "@/lib/ingest/ingest-report";
import { ingestPaths } from "@/lib/ingest/ingest";

// The whole pipeline on the five raw seed pages: what the user's own documents turn into.
const articles = new Map<string, Article>();
const report = new IngestReport();

beforeAll(async () => {
  for await (const a of ingestPaths([path.join(process.cwd(), "data", "samples")], report)) {
    articles.set(path.basename(a.origin).slice(0, 3), a);
  }
});

const regionOf = (a: Article | undefined) =>
  a?.region ? [a.region.province, a.region.city, a.region.county].filter(Boolean).join("›") : null;

describe("the sample corpus, ingested end to end", () => {
  it("turns each seed into one article with no skips", () => {
    expect([...articles.keys()]).toEqual(["000", "001", "002", "003", "004"]);
    expect(report.skipped).toEqual([]);
  });

  it.each([
    ["000", "云南省›昆明市", null, null, null],
    [
      "001",
      "内蒙古自治区›包头市›包头稀土高新技术产业开发区",
      "2020-02-14",
      "中國有色金屬報",
      "李寶樂",
    ],
    ["002", "浙江省›温州市›龙湾区", "2020-03-09", null, null],
    ["003", "陕西省›宝鸡市›陈仓区", "2020-03-13", "陕西党建网", "张静"],
    ["004", "上海市›崇明区", "2020-05-13", "崇明区委组织部", null],
  ])("seed %s: region %s, date %s, source %s, author %s", (key, region, date, source, author) => {
    const a = articles.get(key);
    expect(regionOf(a)).toBe(region);
    expect(a?.date).toBe(date);
    expect(a?.source).toBe(source);
    expect(a?.author).toBe(author);
  });

  it("finds the real titles, not forum chrome", () => {
    expect(articles.get("002")?.title).toBe("激活“红色细胞”提供坚强保障");
    expect(articles.get("001")?.title).toBe("包頭稀土高新區堅決打贏疫情防控阻擊戰");
  });

  it("leaves no boilerplate in any cleaned body", () => {
    const chrome = [
      "找回密码",
      "回复:",
      "积分",
      "发表于",
      "显示全部楼层",
      "来自江苏",
      "您需要登录后才可以回帖",
      "Discuz",
      "GMT+8",
      "首页/",
      "党建首页",
      "分享到",
      "相關文章",
      ".jpg",
      "QQ截图",
      "責任編輯",
      "责任编辑",
      "版權",
      "ICP备",
      "公网安备",
      "主办单位",
      "如需轉載",
      "上一篇",
      "下一篇",
      "???",
      "(qū)",
    ];
    for (const a of articles.values()) {
      for (const bit of chrome) expect(a.body, `${a.origin} keeps ${bit}`).not.toContain(bit);
    }
  });

  it("tags themes with evidence and keeps stable ids", async () => {
    const a = articles.get("002");
    expect(a?.themes.map((t) => t.name)).toContain("复工复产");
    expect(a?.themes.every((t) => t.keywords.length > 0)).toBe(true);
    const again: string[] = [];
    for await (const b of ingestPaths(
      [path.join(process.cwd(), "data", "samples")],
      new IngestReport(),
    ))
      again.push(b.id);
    expect(again).toEqual([...articles.values()].map((b) => b.id));
  });
});
