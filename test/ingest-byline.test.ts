import { describe, expect, it } from "vitest";
import { extractByline } from "@/lib/ingest/extract-byline";

const PARA =
  "新冠肺炎疫情发生以来，区委组织部第一时间向全区印发通知，迅速动员部署，压紧压实全区各级党组织政治责任。";
const page = (byline: string) => `某区扎实做好疫情防控工作\n${byline}\n${PARA}`;

describe("extractByline", () => {
  it("reads Traditional labels and stops at the next field", () => {
    expect(
      extractByline(
        page("2020年02月14日 12:37 14549次瀏覽 來源: 中國有色金屬報 分類: 稀土 作者: 李寶樂"),
      ),
    ).toEqual({
      source: "中國有色金屬報",
      author: "李寶樂",
    });
  });
  it("reads a Simplified byline with a date between the fields", () => {
    expect(extractByline(page("来源:陕西党建网 发布时间:2020-03-13 10:35 作者:张静"))).toEqual({
      source: "陕西党建网",
      author: "张静",
    });
  });
  it("stops at a whitespace run", () => {
    expect(extractByline(page("2020年5月13日 00:00  来源:崇明区委组织部   浏览次数：25"))).toEqual({
      source: "崇明区委组织部",
      author: null,
    });
  });
  it("stops at a label glued to the value and at separators", () => {
    expect(extractByline(page("来源：人民网发布时间：2020-03-01|作者：王五")).source).toBe(
      "人民网",
    );
    expect(extractByline(page("文章来源：新华社｜编辑：李四")).source).toBe("新华社");
    expect(extractByline(page("作 者：赵六 来源：本站")).author).toBe("赵六");
  });
  it("does not read a source from the footer or from the article text", () => {
    const text = `标题\n${PARA}\n凡本網注明“來源:XXX(非中國有色網)”的文章,均轉載自其它媒體。\n来源：某报`;
    expect(extractByline(text)).toEqual({ source: null, author: null });
  });
  it("does not mistake 工作者 for an author label", () => {
    expect(extractByline(page("社区工作者：张三")).author).toBeNull();
  });
  it("reads reporter credits as authors, up to the next role", () => {
    const author = (byline: string) => extractByline(page(byline)).author;
    expect(author("本报记者 张三 李四 通讯员 王五")).toBe("张三、李四");
    expect(author("记者：王小明 摄影：李四")).toBe("王小明");
    expect(author("文/赵六")).toBe("赵六");
    expect(author("來源：包頭日報 記者 劉偉 報導")).toBe("劉偉");
    expect(author("作者：张静 记者 李四")).toBe("张静");
  });
  it("does not read a reporter credit from prose", () => {
    expect(extractByline(page("记者近日从市卫健委获悉")).author).toBeNull();
    expect(
      extractByline(page("记者从区委组织部了解到，全区已有200余名党员参与值守")).author,
    ).toBeNull();
    expect(extractByline(page("广大新闻工作者和记者 深入一线采访报道")).author).toBeNull();
  });
  it("returns nulls when the page has no byline", () => {
    expect(extractByline(page("——某某工作综述"))).toEqual({ source: null, author: null });
  });
});

describe("extractByline: credits beyond the labelled byline", () => {
  it("reads a reporter credit glued to its names and to 发自", () => {
    expect(extractByline(page("本报记者罗科苏盈发自北京")).author).toBe("罗科苏盈");
  });
  it("reads names standing alone under the headline, but not a common word", () => {
    expect(extractByline(page("赵延东、风笑天")).author).toBe("赵延东、风笑天");
    expect(extractByline(page("人物画像")).author).toBeNull();
    expect(extractByline(page("发表评论")).author).toBeNull();
  });
  it("reads a forum post's author over its member card, never a date", () => {
    expect(extractByline(page("前程往事\n1\n主题\n1\n帖子\n5\n积分")).author).toBe("前程往事");
    expect(extractByline(page("作者：\n2023-12-01 14:43")).author).toBeNull();
  });
  it("joins a label on a line of its own with the names below it, in the closing lines", () => {
    const tail = ["作者", "王之言 高孜然", "编辑 周褶褶 ｜ 排版 魏蔚"];
    expect(extractByline(page(""), { tail }).author).toBe("王之言、高孜然");
  });
});

describe("extractByline: sources beyond the 来源 label", () => {
  it("reads the account printed right above the byline's date", () => {
    expect(extractByline(page("环球时报新媒体\n2024-05-18 16:56\n发布于 北京")).source).toBe(
      "环球时报新媒体",
    );
    expect(extractByline(page("发表评论\n2024-05-18 16:56")).source).toBeNull();
  });
  it("stops a source at page chrome glued to it", () => {
    expect(extractByline(page("2020年07月04日 12:10 来源：求是网参与互动")).source).toBe("求是网");
  });
});
