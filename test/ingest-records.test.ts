import { describe, expect, it } from "vitest";
import { toArticleId } from "@/lib/ingest/article-id";
import { toSafeUrl } from "@/lib/safe-url";
import { mapRecord } from "@/lib/ingest/map-record";
import { parseDateValue } from "@/lib/ingest/parse-date-value";

describe("record field mapping", () => {
  it("maps the xwlb and dxy field names", () => {
    expect(
      mapRecord({
        title: "标题",
        text: "正文",
        date: "2012-07-02 19:06:13",
        source: "CNTV",
        url: "https://tv.cctv.com/x",
        tags: "时政,外交",
      }),
    ).toEqual({
      title: "标题",
      text: "正文",
      date: "2012-07-02 19:06:13",
      source: "CNTV",
      url: "https://tv.cctv.com/x",
      province: null,
      tags: ["时政", "外交"],
    });
    expect(
      mapRecord({
        title: "t",
        summary: "摘要",
        infoSource: "央视",
        sourceUrl: "http://a.cn",
        provinceName: "湖北省",
        pubDate: 1583020800000,
      }),
    ).toMatchObject({
      text: "摘要",
      source: "央视",
      url: "http://a.cn",
      province: "湖北省",
      date: "1583020800000",
    });
  });

  it("rejects what is not a JSON object", () => {
    expect(mapRecord([1, 2])).toBeNull();
    expect(mapRecord("text")).toBeNull();
  });
});

describe("date values of records", () => {
  it("reads common forms and validates the calendar", () => {
    expect(parseDateValue("2020-03-27 15:17:56")).toBe("2020-03-27");
    expect(parseDateValue("2020/3/9")).toBe("2020-03-09");
    expect(parseDateValue("2020年5月13日")).toBe("2020-05-13");
    expect(parseDateValue("1583020800000")).toBe("2020-03-01");
    expect(parseDateValue("2020-02-30")).toBeNull();
    expect(parseDateValue("昨天")).toBeNull();
  });
});

describe("article identity", () => {
  it("is the same for the same URL whatever the text, and differs between URLs", () => {
    const a = toArticleId({ url: "https://a.cn/1", title: "甲", body: "一" });
    expect(toArticleId({ url: "https://a.cn/1", title: "甲(更正)", body: "二" })).toBe(a);
    expect(toArticleId({ url: "https://a.cn/2", title: "甲", body: "一" })).not.toBe(a);
  });

  it("without a URL, is derived from the content across scripts", () => {
    expect(toArticleId({ url: null, title: "包頭", body: "正文" })).toBe(
      toArticleId({ url: null, title: "包头", body: "正文" }),
    );
  });

  it("keeps only http(s) links", () => {
    expect(toSafeUrl("javascript:alert(1)")).toBeNull();
    expect(toSafeUrl("data:text/html,x")).toBeNull();
    expect(toSafeUrl("/relative")).toBeNull();
    expect(toSafeUrl("https://www.shjcdj.cn/a?b=1")).toBe("https://www.shjcdj.cn/a?b=1");
  });
});
