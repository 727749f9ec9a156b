import { describe, expect, it } from "vitest";
import { htmlToText } from "@/lib/ingest/html-to-text";
import { parsePage } from "@/lib/ingest/parse-page";

const PAGE = `<!doctype html><html><head><meta charset="utf-8"><title>崇明区新海镇：“三个到位”答好疫情防控“考题”_上海基层党建网</title>
<script>var tracker = "首页";</script><style>p { color: red }</style></head><body>
<nav><a href="/">首页</a> | <a href="/news">新闻</a></nav>
<div class="crumb">党建首页 &gt; 基层党建</div>
<h1>崇明区新海镇:&ldquo;三个到位&rdquo;答好疫情防控&ldquo;考题&rdquo;</h1>
<div class="info">2020年5月13日&nbsp;00:00&nbsp;&nbsp;来源:崇明区委组织部</div>
<div class="content"><p>(上海基层党建网) 面对新冠肺炎疫情防控的严峻考验，崇明区新海镇党委认真贯彻落实上级部门有关疫情防控工作部署，用心用情用力答好<a href="http://x.cn/a">“考题”</a>。</p>
<p><img src="m6oY3YYoAaFYGaZA.jpg"></p>
<p>组织发动到位，密植多元协同的“群防线”</p>
<p>注重发挥区域化党建作用，实现联防联控。共计276名党员认领了项目近600个。<br>注重发挥党支部堡垒作用，实现群防群控。</p>
<table><tr><td>监督管理到位</td><td>宣传引导到位</td></tr></table>
</div>
<div class="share">分享到：</div>
<div class="footer">主办单位:中共上海市委组织部 党建网版权所有 未经书面授权禁止使用<br>ICP备案:05011551号</div>
</body></html>`;

describe("htmlToText", () => {
  it("turns block elements into lines, decodes entities and drops scripts, images and link targets", () => {
    const { text } = htmlToText(PAGE);
    const lines = text.split("\n").filter((l) => l.trim());
    expect(lines).toContain("党建首页 > 基层党建");
    expect(lines).toContain("组织发动到位，密植多元协同的“群防线”");
    expect(lines).toContain("监督管理到位");
    expect(lines).toContain("宣传引导到位");
    expect(text).toContain("注重发挥党支部堡垒作用");
    expect(text).toMatch(/2020年5月13日\s00:00/);
    expect(text).not.toContain("tracker");
    expect(text).not.toContain("color: red");
    expect(text).not.toContain("http://x.cn");
    expect(text).not.toContain(".jpg");
    expect(text).not.toMatch(/&[a-z]+;/);
  });
  it("reports the first <h1> and the <title>", () => {
    const page = htmlToText(PAGE);
    expect(page.h1).toBe("崇明区新海镇:“三个到位”答好疫情防控“考题”");
    expect(page.title).toBe("崇明区新海镇：“三个到位”答好疫情防控“考题”_上海基层党建网");
    expect(htmlToText("<h1>第一</h1><h1>第二</h1>").h1).toBe("第一");
    expect(htmlToText("<p>无标题</p>")).toMatchObject({ h1: null, title: null });
  });
});

describe("parsePage on HTML", () => {
  it("uses the <h1> as title and cleans the body like a text page", () => {
    const page = parsePage(PAGE, { html: true });
    expect(page.title).toBe("崇明区新海镇:“三个到位”答好疫情防控“考题”");
    expect(page.date).toBe("2020-05-13");
    expect(page.source).toBe("崇明区委组织部");
    expect(page.body.split("\n")).toEqual([
      "面对新冠肺炎疫情防控的严峻考验，崇明区新海镇党委认真贯彻落实上级部门有关疫情防控工作部署，用心用情用力答好“考题”。",
      "组织发动到位，密植多元协同的“群防线”",
      "注重发挥区域化党建作用，实现联防联控。共计276名党员认领了项目近600个。",
      "注重发挥党支部堡垒作用，实现群防群控。",
      "监督管理到位",
      "宣传引导到位",
    ]);
  });
  it("ignores an <h1> that is the site name from <title>", () => {
    const html = `<title>某镇答好疫情防控考题_中国有色网</title><h1>中国有色网</h1><h2>某镇答好疫情防控考题</h2><p>${"某镇党委认真贯彻落实上级部门有关疫情防控工作部署。".repeat(3)}</p>`;
    const page = parsePage(html, { html: true });
    expect(page.title).toBe("某镇答好疫情防控考题");
    expect(page.body).toMatch(/^某镇党委认真贯彻落实/);
  });

  it("falls back to the first segment of <title> when there is no <h1>", () => {
    const html = `<title>龙湾区激活“红色细胞” - 温州新闻网</title><p>龙湾区激活“红色细胞”</p><p>${"龙湾组织部门坚决贯彻落实重要指示精神，在战“疫”大考中发挥组织优势。".repeat(2)}</p>`;
    const page = parsePage(html, { html: true });
    expect(page.title).toBe("龙湾区激活“红色细胞”");
    expect(page.body).toMatch(/^龙湾组织部门坚决贯彻落实/);
  });
});
