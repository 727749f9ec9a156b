import { describe, expect, it } from "vitest";
import { cleanBody, parsePage } from "@/lib/ingest/parse-page";

const P1 =
  "新冠肺炎疫情发生以来，某镇党委认真贯彻落实上级部门有关疫情防控工作部署，积极组织动员各方红色力量参与联防联控工作。";
const P2 =
  "注重发挥区域化党建作用，实现联防联控。共计276名党员认领了项目近600个，缓解了社区防控一线人员紧缺的压力。";

describe("parsePage (text)", () => {
  it("takes the first line left after chrome as the title and drops the chrome above it", () => {
    const raw = [
      "找回密码",
      "注册",
      "搜索",
      "查看: 12|回复: 0",
      "",
      "某镇答好疫情防控考题",
      "",
      "[复制链接]",
      "3",
      "主题",
      "1",
      "积分",
      "灌水达人",
      "积分",
      "1",
      "发表于 2020-4-1 08:00 | 显示全部楼层 |阅读模式",
      P1,
      P2,
    ].join("\n");
    const page = parsePage(raw);
    expect(page.title).toBe("某镇答好疫情防控考题");
    expect(page.date).toBe("2020-04-01");
    expect(page.body).toBe(`${P1}\n${P2}`);
  });

  it("keeps a short forum post title between header chrome lines", () => {
    const page = parsePage(["查看: 12|回复: 0", "疫情日记", "[复制链接]", P1].join("\n"));
    expect(page.title).toBe("疫情日记");
    expect(page.body).toBe(P1);
  });

  it("has no title when the page opens straight into prose", () => {
    const page = parsePage(`${P1}\n\n${P2}`);
    expect(page.title).toBeNull();
    expect(page.body).toBe(`${P1}\n${P2}`);
  });

  it("does not take a bare date line above the title as the title", () => {
    const page = parsePage(`2020年5月13日\n某镇答好疫情防控考题\n${P1}`);
    expect(page.title).toBe("某镇答好疫情防控考题");
    expect(page.date).toBe("2020-05-13");
    expect(page.body).toBe(P1);
  });

  it("drops title repeats, keeps a —— subtitle, and cuts the related-articles footer", () => {
    const raw = [
      "首页 > 新闻 > 正文",
      "某镇答好疫情防控考题",
      "——某镇党委工作综述",
      "来源：某某网 作者：王五",
      P1,
      "某镇答好疫情防控考题",
      P2,
      "分享到：",
      "相关文章：",
      "另一个镇的疫情防控工作",
      "第三篇文章标题",
    ].join("\n");
    const page = parsePage(raw);
    expect(page).toMatchObject({
      title: "某镇答好疫情防控考题",
      source: "某某网",
      author: "王五",
      date: null,
    });
    expect(page.body.split("\n")).toEqual(["——某镇党委工作综述", P1, P2]);
  });

  it("keeps Traditional text Traditional and strips pinyin debris from title and body", () => {
    const page = parsePage(
      `包頭稀土高新區(qū)堅決打贏阻擊戰(zhàn)\n各級黨組織充分發揮戰(zhàn)鬥堡壘作用，號召黨員幹部衝在最前，爭做疫情防控工作的“領頭雁”“主心骨”。`,
    );
    expect(page.title).toBe("包頭稀土高新區堅決打贏阻擊戰");
    expect(page.body).toBe(
      "各級黨組織充分發揮戰鬥堡壘作用，號召黨員幹部衝在最前，爭做疫情防控工作的“領頭雁”“主心骨”。",
    );
  });
});

describe("cleanBody (records)", () => {
  it("cleans an xwlb transcript: lead-in, credits, indentation, title repeat", () => {
    const text =
      "央视网消息（新闻联播）：国务院召开常务会议\n　　今天上午，国务院召开常务会议。\n    会议还研究了其他事项。(视频编辑：张贝龙 文字编辑：温凤浩)\n    (视频编辑：张贝龙 文字编辑：温凤浩)\n\n";
    expect(cleanBody(text, "国务院召开常务会议")).toBe(
      "今天上午，国务院召开常务会议。\n会议还研究了其他事项。",
    );
  });
  it("keeps a signature date at the end of a letter", () => {
    const text = "同学们：\n来信收到了，祝你们学习进步。\n习近平\n2018年5月2日";
    expect(cleanBody(text, "习近平给北京大学学生回信")).toBe(text);
  });
  it("returns an empty string for boilerplate-only text", () => {
    expect(cleanBody("（责任编辑：易佳）\n| |\n???")).toBe("");
  });
});
