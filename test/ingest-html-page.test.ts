import { describe, expect, it } from "vitest";
import { IngestReport } from "@/lib/ingest/ingest-report";
import { parsePage } from "@/lib/ingest/parse-page";
import { toArticle } from "@/lib/ingest/to-article";
import { loadThemes } from "@/lib/themes/load-themes";
import { buildThemeMatcher } from "@/lib/themes/match-themes";

const P1 =
  "面对新冠肺炎疫情防控的严峻考验，崇明区新海镇党委认真贯彻落实上级部门有关疫情防控工作部署，用心用情用力答好考题。";
const P2 =
  "注重发挥区域化党建作用，实现联防联控。共计276名党员认领了项目近600个，覆盖全镇各个村居和企业。";
const P3 = "下一步，新海镇将继续压紧压实责任，把各项防控措施落实落细，坚决守住来之不易的防控成果。";
const NAV = `<ul>${["首页", "新闻", "政务", "党建", "视频", "专题", "图片", "评论"].map((w) => `<li><a href="/${w}">${w}</a></li>`).join("")}</ul>`;
const RELATED = `<div><h3>相关新闻</h3><ul>${["某地召开防控工作会议", "某区部署复工复产工作", "某县开展爱国卫生运动"].map((t) => `<li><a href="/n">${t}</a></li>`).join("")}</ul></div>`;
const FOOTER = `<div>关于我们 | 联系我们 | 网站地图</div><div>版权所有 某某网 ICP备05011551号 电话：021-12345678</div>`;

const page = (head: string, body: string, rest = "") =>
  parsePage(
    `<html><head><meta charset="utf-8">${head}</head><body>${NAV}${body}${RELATED}${rest}${FOOTER}</body></html>`,
    { html: true },
  );

describe("parsePage on HTML: the article is found by measurement", () => {
  it("keeps the paragraphs and table cells of the article, drops menus, related lists and footers", () => {
    const p = page(
      "<title>崇明区新海镇答好疫情防控考题_上海基层党建网</title>",
      `<div class="crumb">党建首页 &gt; 基层党建</div><h1>崇明区新海镇答好疫情防控考题</h1>
       <div>2020年5月13日&nbsp;00:00&nbsp;&nbsp;来源:崇明区委组织部</div>
       <div><p>${P1}</p><p><img src="a.jpg"></p><table><tr><td>监督管理到位</td><td>宣传引导到位</td></tr></table>
       <p>${P2}<br>${P3}</p><div>分享到：</div></div>`,
    );
    expect(p.title).toBe("崇明区新海镇答好疫情防控考题");
    expect(p.date).toBe("2020-05-13");
    expect(p.source).toBe("崇明区委组织部");
    expect(p.body.split("\n")).toEqual([P1, "监督管理到位", "宣传引导到位", P2, P3]);
  });

  it("drops a photo caption above the text but keeps a first line broken mid-sentence by <br>", () => {
    const caption = page(
      "<title>首届养老专业本科生毕业</title>",
      `<h1>首届养老专业本科生毕业</h1><p>5月9日，某学院毕业生就业双选会现场。某学院供图</p><p>${P1}</p><p>${P2}</p>`,
    );
    expect(caption.body.startsWith(P1)).toBe(true);
    const broken = page(
      "<title>我是怎样卷入的</title>",
      `<h1>我是怎样卷入的</h1><div>【看中国2005年07月03日报道】一九八九年四月，我在湖南开一个全省教学研究<br>会议。${P1}<br>${P2}</div>`,
    );
    expect(broken.body).toMatch(/^【看中国2005年07月03日报道】一九八九年四月/);
  });

  it("never takes the site name for the headline, from an <h1> logo or a <title> suffix", () => {
    const p = page(
      "<title>某镇答好疫情防控考题_地方频道_中国有色网</title>",
      `<h1>中国有色网</h1><h2>某镇答好疫情防控考题</h2><p>${P1}</p><p>${P2}</p>`,
    );
    expect(p.title).toBe("某镇答好疫情防控考题");
    expect(p.body.startsWith(P1)).toBe(true);
  });

  it("finds the headline of an old portal page above its byline when <title> names only the site", () => {
    const p = page(
      "<title>某某新闻网</title>",
      `<table><tr><td>新闻排行榜</td></tr><tr><td>小两口尝试以钱生钱</td></tr>
       <tr><td>http://house.example.cn 2005年03月31日03:18 北京娱乐信报</td></tr>
       <tr><td><p>${P1}</p><p>${P2}</p></td></tr></table>`,
    );
    expect(p.title).toBe("小两口尝试以钱生钱");
    expect(p.date).toBe("2005-03-31");
    expect(p.source).toBe("北京娱乐信报");
  });

  it("takes a headline printed twice above the text over the unit and date lines between", () => {
    const p = page(
      "<title>某某网</title>",
      `<div>某市儿童心理素质调查研究报告</div><div>http://www.example.cn/ 2005-03-06 16:17:00</div>
       <div>某市儿童心理素质调查研究报告</div><div>某市妇女儿童工作委员会课题组</div><div>2003年5月</div><p>${P1}</p><p>${P2}</p>`,
    );
    expect(p.title).toBe("某市儿童心理素质调查研究报告");
  });

  it("reads declared metadata: meta publish date, JSON-LD, canonical URL, a 〈title〉 suffix stripped", () => {
    const p = page(
      `<title>某地出台育儿补贴政策-新华网</title><link rel="canonical" href="https://news.example.cn/a/1.html">
       <meta name="publishdate" content="2024-05-09"><script type="application/ld+json">{"@type":"NewsArticle","headline":"某地出台育儿补贴政策","datePublished":"2024-05-08T10:00:00+08:00"}</script>`,
      `<div><p>${P1}</p><p>${P2}</p></div>`,
    );
    expect(p.title).toBe("某地出台育儿补贴政策");
    expect(p.date).toBe("2024-05-09");
    expect(p.url).toBe("https://news.example.cn/a/1.html");
  });
});

describe("parsePage on HTML: credits", () => {
  it("reads a Xinhua dateline credit and never an editor", () => {
    const p = page(
      "<title>李强在新疆调研</title>",
      `<h1>李强在新疆调研</h1><div>2024-05-09 22:27:02 来源：新华网</div>
       <p>新华社乌鲁木齐5月9日电（记者邹伟）${P1}</p><p>${P2}</p><p>【责任编辑:王頔】</p>`,
    );
    expect(p.author).toBe("邹伟");
    expect(p.source).toBe("新华网");
    expect(p.body).not.toContain("王頔");
  });

  it("reads closing credits and closing attributions after the article", () => {
    const credit = page(
      "<title>某地调研</title>",
      `<h1>某地调研</h1><p>${P1}</p><p>${P2}</p><p>${P3}（总台央视记者 奚丹霓 张赛）</p><p>责任编辑：刘光博</p>`,
    );
    expect(credit.author).toBe("奚丹霓、张赛");
    const attribution = page(
      "<title>太空养鱼进展顺利</title>",
      `<h1>太空养鱼进展顺利</h1><p>${P1}</p><p>${P2}</p><p>《光明日报》（2024年05月20日 03版）</p>`,
    );
    expect(attribution.source).toBe("光明日报");
  });

  it("takes the author from a labelled line with several names, not from a hidden block", () => {
    const p = page(
      "<title>广汽回应合资传闻</title>",
      `<h1>广汽回应合资传闻</h1><div style="display:none">作者：肖春芳</div><p>${P1}</p><p>${P2}</p>
       <p>编辑： 金金</p><p>来源： 21世纪经济报道</p><p>作者：宋怡 杨志华</p>`,
    );
    expect(p.author).toBe("宋怡、杨志华");
    expect(p.source).toBe("21世纪经济报道");
  });

  it("prefers the labelled 发布日期 of a 信息公开 page over its 成文日期", () => {
    const p = page(
      "<title>关于做好春季复工的通知</title>",
      `<h1>关于做好春季复工的通知</h1><div>成文日期：2020-02-10 发布日期：2020-02-12</div><p>${P1}</p><p>${P2}</p>`,
    );
    expect(p.date).toBe("2020-02-12");
  });
});

describe("a 50 MB HTML page", () => {
  const themes = buildThemeMatcher(loadThemes());
  const toPage = (html: string) => {
    const report = new IngestReport();
    const article = toArticle(
      { kind: "page", origin: "big.html", text: html, html: true },
      themes,
      report,
    );
    return { article, report };
  };
  const ARTICLE = `<h1>云杉县疫情防控工作汇编</h1><p>${P1}</p><p>${P2}</p>`;

  it("is read when its bulk is scripts and styles, which carry no text", () => {
    const script = `<script>var d = "${"x".repeat(50 * 2 ** 20)}";</script>`;
    const { article, report } = toPage(
      `<html><head>${script}</head><body>${ARTICLE}</body></html>`,
    );
    expect(report.skipped).toEqual([]);
    expect(article?.title).toBe("云杉县疫情防控工作汇编");
    expect(article?.body).toContain(P2);
  });

  it("is skipped with its size as the reason when its markup itself is that large", () => {
    const rows = `<p>${P3}</p>`.repeat(Math.ceil((50 * 2 ** 20) / P3.length / 3));
    const { article, report } = toPage(`<html><body>${ARTICLE}${rows}</body></html>`);
    expect(article).toBeNull();
    expect(report.skipped).toMatchObject([{ origin: "big.html", reason: "too-large" }]);
  });
});

describe("parsePage on HTML: dates around the headline", () => {
  it("reads a byline printed just above the headline, English dates included", () => {
    const p = page(
      "<title>某博客</title>",
      `<div>Saturday, September 10th, 2005 10:56 am</div><h2>播客热潮迅速蔓延</h2><p>${P1}</p><p>${P2}</p>`,
    );
    expect(p.date).toBe("2005-09-10");
  });
  it("reads a labelled date after the text when the head has none", () => {
    const p = page(
      "<title>徒手抓子弹真的存在吗？</title>",
      `<h1>徒手抓子弹真的存在吗？</h1><div>来源： 科普中国</div><p>${P1}</p><p>${P2}</p><div>时间：2019-09-24 17:08</div>`,
    );
    expect(p.date).toBe("2019-09-24");
  });
});
