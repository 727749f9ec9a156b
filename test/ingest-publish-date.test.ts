import { describe, expect, it } from "vitest";
import { extractPublishDate } from "@/lib/ingest/extract-publish-date";
import { findDates, toIsoDate } from "@/lib/ingest/date-patterns";

const PARA =
  "新冠肺炎疫情发生以来，区委组织部第一时间向全区印发通知，迅速动员部署，压紧压实全区各级党组织政治责任。";

describe("extractPublishDate", () => {
  it.each([
    ["2020年02月14日 12:37 14549次瀏覽 來源: 中國有色金屬報", "2020-02-14"],
    ["发表于 2020-3-9 09:15 | 显示全部楼层 |阅读模式 | 来自江苏", "2020-03-09"],
    ["来源:陕西党建网 发布时间:2020-03-13 10:35 作者:张静", "2020-03-13"],
    ["2020年5月13日 00:00  来源:崇明区委组织部", "2020-05-13"],
    ["发布日期：2020/03/13", "2020-03-13"],
    ["时间：2020.03.13 来源：某某网", "2020-03-13"],
    ["2020-03-13T10:35:00+08:00", "2020-03-13"],
    ["發佈時間：2020年3月1日", "2020-03-01"],
  ])("reads %s", (byline, expected) => {
    expect(extractPublishDate(`某区扎实做好疫情防控工作\n${byline}\n${PARA}`)).toBe(expected);
  });

  it("reads a date in Chinese numerals", () => {
    expect(extractPublishDate(`某区通知\n发布时间：二〇二〇年三月五日\n${PARA}`)).toBe(
      "2020-03-05",
    );
    expect(findDates("二〇二〇年十二月三十一日 二〇一九年二月三十日").map((d) => d.iso)).toEqual([
      "2020-12-31",
    ]);
    expect(findDates("二〇二〇年十月二十日").map((d) => d.iso)).toEqual(["2020-10-20"]);
  });

  it("takes the signature date of an official document, and only from its last lines", () => {
    const signed = `关于做好疫情防控工作的通知\n各街道党工委：\n${PARA}\n中共某某区委组织部\n二〇二〇年三月十三日\n`;
    expect(extractPublishDate(signed)).toBe("2020-03-13");
    expect(extractPublishDate(`${signed}版权所有 © 2020\n`)).toBe("2020-03-13");
    const early = `通知\n${PARA}\n2020年3月1日\n${Array(10).fill(PARA).join("\n")}`;
    expect(extractPublishDate(early)).toBeNull();
    expect(extractPublishDate(`通知\n${PARA}\n会议于2020年3月1日召开`)).toBeNull();
  });

  it("never takes a Discuz render stamp or a copyright year range", () => {
    const page = `激活红色细胞\n${PARA}\nGMT+8, 2024-11-24 03:03 , Processed in 0.170691 second(s), 29 queries .\n© 2001-2024 Discuz! Team.`;
    expect(extractPublishDate(page)).toBeNull();
  });

  it("ignores dates mentioned in the article text", () => {
    const page = `让党旗高高飘扬\n1月25日，全省启动一级应急响应。截止3月10日，全区已有1.5万多名党员自愿捐款。\n2020年2月22日，宝鸡市发布通告后，在严格扎实做好疫情防控工作同时，全面部署开展复工复产工作。`;
    expect(extractPublishDate(page)).toBeNull();
  });

  it("does not take a head line that opens with a date but is a sentence", () => {
    expect(extractPublishDate(`某镇动态\n2020年1月25日，全省启动应急响应\n${PARA}`)).toBeNull();
  });

  it("prefers the byline date over a later labelled one", () => {
    const page = `标题文字\n2020-03-13 来源：某网\n${PARA}\n发布时间：2021-01-01`;
    expect(extractPublishDate(page)).toBe("2020-03-13");
  });

  it("takes a 发布时间 label below the head when the head has none", () => {
    expect(extractPublishDate(`标题文字\n${PARA}\n发布时间：2020-04-02 08:00`)).toBe("2020-04-02");
  });

  it("rejects impossible calendar dates", () => {
    expect(extractPublishDate(`标题文字\n发布时间：2020-02-30\n${PARA}`)).toBeNull();
    expect(extractPublishDate(`标题文字\n发布时间：2019-02-29\n${PARA}`)).toBeNull();
    expect(extractPublishDate(`标题文字\n发布时间：2020-02-29\n${PARA}`)).toBe("2020-02-29");
    expect(extractPublishDate(`标题文字\n发布时间：2020-13-01\n${PARA}`)).toBeNull();
  });

  it("returns null for a page with no date at all", () => {
    expect(extractPublishDate(`标题文字\n${PARA}`)).toBeNull();
  });
});

describe("date patterns", () => {
  it("finds only full year-month-day triples", () => {
    expect(findDates("2001-2024 年间，1月25日，2020年3月").map((d) => d.iso)).toEqual([]);
    expect(findDates("从2020.3.1到2020/03/13").map((d) => d.iso)).toEqual([
      "2020-03-01",
      "2020-03-13",
    ]);
  });
  it("validates the calendar", () => {
    expect(toIsoDate(2024, 2, 29)).toBe("2024-02-29");
    expect(toIsoDate(2023, 2, 29)).toBeNull();
    expect(toIsoDate(2020, 4, 31)).toBeNull();
  });
});
