import { isContentLine } from "./page-lines";

/** A footer marker: the line where a page's trailing chrome (credits, widgets, site footer) starts. */
export interface FooterRule {
  name: string;
  test: (line: string) => boolean;
}

export const FOOTER_RULES: readonly FooterRule[] = [
  {
    name: "editorLine",
    test: (l) => l.length <= 60 && /^[（(]?\s*(?:责任编辑|責任編輯|责编|責編)\s*[:：]/.test(l),
  },
  {
    name: "replyBox",
    test: (l) => /^您需要登[录錄][后後]才可以回帖|^本版积分规则|^本版積分規則/.test(l),
  },
  { name: "shareBar", test: (l) => l.length <= 60 && /^(?:分享到|分享至)/.test(l) },
  {
    name: "relatedList",
    test: (l) =>
      /^(?:相关|相關)(?:文章|阅读|閱讀|新闻|新聞|链接|鏈接|报道|報道)\s*[:：]?$|^(?:推荐阅读|推薦閱讀|延伸阅读|延伸閱讀|猜你喜欢|猜你喜歡)\s*[:：]?$/.test(
        l,
      ),
  },
  {
    name: "commentSection",
    test: (l) =>
      l.length <= 80 &&
      /^(?:发表评论|發表評論|网友评论|網友評論|最新评论|最新評論|我要评论|我要評論|热门评论|熱門評論|相关评论|相關評論|评论区|評論區|全部评论|全部評論)\s*[:：]?$|^(?:更多评论|更多評論|共\s*\d+\s*条评论|\d+\s*条评论|评论\s*[(（]?\d+[)）]?(?:\s|$)|評論\s*[(（]?\d+)|^返回\S{1,8}[，,]\s*查看更多/.test(
        l,
      ),
  },
  {
    // A blog's or guestbook's post footer: "(本文发表于首页, 已被阅读178次)", "发布时间 2005/05/17 22:11:42 by 眉间尺".
    name: "postFooter",
    test: (l) =>
      l.length <= 150 &&
      (/^[（(]?本文发表于|已被阅读\s*\d+\s*次/.test(l) ||
        /(?:发布时间|發佈時間|发表于|發表於)\s*[:：]?\s*\d{4}[-/.]\d{1,2}[-/.]\d{1,2}.{0,12}\bby\s/i.test(
          l,
        )),
  },
  { name: "originalTitle", test: (l) => l.length <= 100 && /^[（(]?原标题\s*[:：]/.test(l) },
  { name: "prevNextNav", test: (l) => l.length <= 100 && /^(?:上一篇|下一篇)/.test(l) },
  {
    name: "siteFooter",
    test: (l) =>
      l.length <= 200 && /^(?:主[办辦]单位|主[办辦]單位|版[权權]所有(?!者)|Copyright|©)/i.test(l),
  },
];

/**
 * Index of the line where the trailing footer starts, or `lines.length` when there is none. Markers
 * are looked for in every line (a marker line is often dropped by a line rule too); prose is counted
 * only over kept lines. A marker cuts only when prose precedes it and outweighs the prose after it,
 * so a share bar or "责任编辑" line near the top of a page cannot take the article with it.
 */
export function findFooterStart(lines: readonly string[], kept: readonly boolean[]): number {
  const prose = lines.map((l, i) => (kept[i] && isContentLine(l) ? l.length : 0));
  const nextKeptIsProse = (i: number): boolean => {
    for (let j = i + 1; j < lines.length; j++) if (kept[j]) return (prose[j] ?? 0) > 0;
    return false;
  };
  const total = prose.reduce((a, b) => a + b, 0);
  let before = 0;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i] ?? "";
    const rule =
      before > 0 && before > total - before ? FOOTER_RULES.find((r) => r.test(line)) : undefined;
    // "推荐阅读" followed by paragraphs, not links, is a heading inside the article.
    if (rule && !(rule.name === "relatedList" && nextKeptIsProse(i))) return i;
    before += prose[i] ?? 0;
  }
  return lines.length;
}
