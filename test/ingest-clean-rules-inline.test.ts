import { describe, expect, it } from "vitest";
import { FOOTER_RULES, findFooterStart } from "@/lib/ingest/clean-rules-footer";
import { INLINE_STRIP_RULES, stripInline } from "@/lib/ingest/clean-rules-inline";

function inlineRule(name: string) {
  const rule = INLINE_STRIP_RULES.find((r) => r.name === name);
  if (!rule) throw new Error(`no rule ${name}`);
  return (line: string) => rule.apply(line);
}

const PROSE =
  "区党工委把坚决打赢疫情防控阻击战作为当前重大政治任务抓实抓好，多次召开专题会议研究部署疫情防控工作。";

describe("inline strip rules", () => {
  it("pinyinDebris removes toned pinyin after a character, never real parentheses", () => {
    const strip = inlineRule("pinyinDebris");
    expect(strip("包頭稀土高新區(qū)堅決打贏疫情防控阻擊戰(zhàn)")).toBe(
      "包頭稀土高新區堅決打贏疫情防控阻擊戰",
    );
    expect(strip("專業(yè)性、返鄉(xiāng)、街鎮(zhèn)、原創(chuàng)")).toBe(
      "專業性、返鄉、街鎮、原創",
    );
    expect(strip("云南自贸区昆明片区(昆明经开区)党工委")).toBe(
      "云南自贸区昆明片区(昆明经开区)党工委",
    );
    expect(strip("楼栋(单元)长、村(社区)、协(商)会")).toBe("楼栋(单元)长、村(社区)、协(商)会");
    expect(strip("人工智能(ai)与大数据(big data)")).toBe("人工智能(ai)与大数据(big data)");
    expect(strip("price (qū) after a space")).toBe("price (qū) after a space");
  });
  it("siteTag removes the site name opening a paragraph, only there", () => {
    const strip = inlineRule("siteTag");
    expect(strip("(上海基层党建网) 面对新冠肺炎疫情防控的严峻考验")).toBe(
      "面对新冠肺炎疫情防控的严峻考验",
    );
    expect(strip("【央视网】今天上午")).toBe("今天上午");
    expect(strip("(一)加强组织领导")).toBe("(一)加强组织领导");
    expect(strip("据(上海基层党建网)报道")).toBe("据(上海基层党建网)报道");
  });
  it("broadcastDateline removes the CCTV lead-in", () => {
    const strip = inlineRule("broadcastDateline");
    expect(strip("央视网消息（新闻联播）：今天上午，国务院召开会议。")).toBe(
      "今天上午，国务院召开会议。",
    );
    expect(strip("中国网络电视台消息(新闻联播)：本台消息")).toBe("本台消息");
    expect(strip("央视网消息（新闻联播）：")).toBe("");
    expect(strip("他在新闻联播中说：")).toBe("他在新闻联播中说：");
  });
  it("questionRuns removes ??? debris and replacement characters", () => {
    const strip = inlineRule("questionRuns");
    expect(strip("???面对疫情")).toBe("面对疫情");
    expect(strip("确认。？？？？")).toBe("确认。");
    expect(strip("乱码\ufffd\ufffd文字")).toBe("乱码文字");
    expect(strip("真的吗?")).toBe("真的吗?");
  });
  it("trailingCredit removes xwlb editor credits closing a paragraph", () => {
    const strip = inlineRule("trailingCredit");
    expect(strip("戴秉国等参加会见。(视频编辑：林楠 文字编辑：见红蕊)")).toBe("戴秉国等参加会见。");
    expect(strip("会议还研究了其他事项。（视频编辑：张贝龙　文字编辑：翟亚菲）")).toBe(
      "会议还研究了其他事项。",
    );
    expect(strip("(视频编辑：张贝龙 文字编辑：温凤浩) 之后的正文")).toBe(
      "(视频编辑：张贝龙 文字编辑：温凤浩) 之后的正文",
    );
  });
  it("zeroWidth removes invisible joiners", () => {
    expect(inlineRule("zeroWidth")("总票房超\u200c518亿元\u200d")).toBe("总票房超518亿元");
  });
  it("zeroWidth removes bidi overrides that would display text reversed", () => {
    expect(inlineRule("zeroWidth")("通知\u202e附件.exe\u202c全文")).toBe("通知附件.exe全文");
  });
  it("stripInline applies every rule and trims (NBSP too)", () => {
    expect(stripInline("\u00a0\u00a0 (上海基层党建网) ???面对区(qū)疫情 ")).toBe("面对区疫情");
  });
});

describe("footer cut-off rules", () => {
  const body = [PROSE, PROSE, PROSE];
  for (const [name, marker] of [
    ["editorLine", "责任编辑:魏捷"],
    ["replyBox", "您需要登录后才可以回帖 登录 | 注册"],
    ["shareBar", "分享到:"],
    ["relatedList", "相關文章:"],
    ["prevNextNav", "上一篇"],
    ["siteFooter", "主办单位:中共上海市委组织部 党建网版权所有"],
    ["commentSection", "共4条评论"],
    ["commentSection", "返回搜狐，查看更多"],
    ["postFooter", "(本文发表于首页, 已被阅读178次)"],
    ["postFooter", "〓 网易娱乐 留言板 发布时间 2005/05/17 22:11:42 by 眉间尺 〓"],
    ["originalTitle", "原标题：某地出台新政"],
  ] as const) {
    it(`${name} starts the footer after the article`, () => {
      expect(FOOTER_RULES.find((r) => r.name === name)?.test(marker)).toBe(true);
      const lines = [...body, marker, "某某区召开疫情防控工作会议", "另一篇文章的标题"];
      expect(
        findFooterStart(
          lines,
          lines.map(() => true),
        ),
      ).toBe(3);
    });
  }
  it("does not cut at a 推荐阅读 heading that paragraphs follow", () => {
    const lines = [...body, "推荐阅读", PROSE];
    expect(
      findFooterStart(
        lines,
        lines.map(() => true),
      ),
    ).toBe(lines.length);
  });
  it("does not cut when the marker comes before the article", () => {
    const lines = ["分享到：微信", ...body];
    expect(
      findFooterStart(
        lines,
        lines.map(() => true),
      ),
    ).toBe(lines.length);
  });
  it("does not cut when more prose follows the marker than precedes it", () => {
    const lines = [PROSE, "上一篇", PROSE, PROSE];
    expect(
      findFooterStart(
        lines,
        lines.map(() => true),
      ),
    ).toBe(lines.length);
  });
});
