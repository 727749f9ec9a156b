import { titleKey } from "../clean-lines";
import { LINE_DROP_RULES } from "../clean-rules";
import { stripInline } from "../clean-rules-inline";
import { isContentLine } from "../page-lines";
import { isBylineLine } from "./byline-line";
import type { DomBlock } from "./dom-blocks";
import type { MainContent } from "./main-content";

/**
 * The headline shown above the article. First a line near the top of the main block that the
 * page's declared titles (og:title, ArticleTitle, <title>) confirm; else the layout's own
 * evidence: the headline-like line just above the first paragraph, or, when a byline (date,
 * 来源/作者 labels, the site URL) stands between them, the one above the byline. A site or column
 * name is never the headline: declared titles carry it as their suffix, not as their head.
 */

export interface Headline {
  text: string;
  /** Block index of the headline, or -1 when it comes from the declared titles only. */
  block: number;
}

/** "标题_栏目_网站", "标题 - 网站", "标题|凤凰网", "标题-新华网". */
const SEPARATOR = /\s*(?:[_|｜]|\s[-–—:]+\s|::|[-–—](?=[^-–—]{2,16}$))\s*/;
/** What a site or column name ends with. */
const SITE_NAME =
  /(?:网|網|报|報|新闻|新聞|频道|頻道|首页|首頁|门户|門戶|在线|在線|客户端|社|台|中心|政府|时报|時報|日报|日報|财经|財經|号|號|论坛|論壇|社区|社區|博客|\.com|\.cn|\.net)$/i;
/** A label some pages print before the headline: "主题：", "标题：". */
const TITLE_LABEL = /^(?:主题|主題|标题|標題|题目|題目)\s*[:：]\s*/;
const MIN_TITLE = 4;
const MAX_TITLE = 100;
/** How far around the main block's start a declared title is looked for. */
const DECLARED_WINDOW = { above: 25, inside: 6 };
/** How many lines above the first paragraph the layout walk looks at. */
const WALK_LINES = 8;

/** A declared title without its trailing site and column names. */
function stripSiteSuffix(title: string): string {
  let text = title.trim();
  for (;;) {
    const parts = text.split(SEPARATOR);
    const last = parts[parts.length - 1] ?? "";
    if (parts.length < 2 || (!SITE_NAME.test(last) && last.length > 6)) break;
    const head = text.slice(0, text.length - last.length).replace(/[\s_|｜:\-–—]+$/, "");
    if (head.length < MIN_TITLE) break;
    text = head;
  }
  return text.replace(/[\s_|｜:\-–—]+$/, "");
}

function firstSegment(title: string): string {
  const first = title.split(SEPARATOR)[0]?.trim() ?? "";
  return first.length >= MIN_TITLE ? first : title;
}

/** A line that can be a headline: short, not a sentence or a label line; may end in ？ or ！. */
function asHeadline(block: DomBlock): string | null {
  const text = stripInline(block.text).replace(TITLE_LABEL, "").trim();
  if (text.length < MIN_TITLE || text.length > MAX_TITLE || isContentLine(text)) return null;
  if (/[。；;，,：:、]$/.test(text) || !/\p{L}/u.test(text) || block.links > 1) return null;
  // Forum buttons (电梯直达), breadcrumbs, share bars: whatever the line rules drop is chrome.
  return LINE_DROP_RULES.some((rule) => rule.test(text)) ? null : text;
}

function similarity(candidate: string, refs: string[]): number {
  const key = titleKey(candidate);
  let best = 0;
  for (const ref of refs) {
    if (ref === key) return 3;
    if (key.length >= MIN_TITLE && (ref.includes(key) || key.includes(ref))) {
      best = Math.max(
        best,
        (2 * Math.min(key.length, ref.length)) / Math.max(key.length, ref.length),
      );
    }
  }
  return best;
}

function byDeclaredTitle(
  blocks: readonly DomBlock[],
  main: MainContent,
  refs: string[],
): Headline | null {
  let best: Headline | null = null;
  let bestScore = 1;
  const from = Math.max(0, main.start - DECLARED_WINDOW.above);
  const to = Math.min(blocks.length, main.start + DECLARED_WINDOW.inside);
  for (let i = from; i < to; i++) {
    const text = asHeadline(blocks[i]!);
    if (!text || isBylineLine(text)) continue;
    const heading = blocks[i]!.heading > 0 ? 0.5 : 0;
    const score =
      similarity(text, refs) + heading - Math.abs(main.start - i) / DECLARED_WINDOW.above;
    if (score > bestScore) {
      best = { text, block: i };
      bestScore = score;
    }
  }
  return best;
}

/** The first paragraph of the main block: punctuated prose that is not a byline. */
function firstParagraph(blocks: readonly DomBlock[], main: MainContent): number {
  for (let i = main.start; i < main.end; i++) {
    const text = blocks[i]!.text;
    if (
      (main.weights[i] ?? 0) > 0 &&
      /[，。！？；,]/.test(text) &&
      text.length >= 20 &&
      !isBylineLine(text)
    )
      return i;
  }
  return main.start;
}

function byLayout(
  blocks: readonly DomBlock[],
  main: MainContent,
  siteNames: Set<string>,
): Headline | null {
  const paragraph = firstParagraph(blocks, main);
  // A headline printed twice (above the byline and again above the text) is the headline.
  const seen = new Map<string, number>();
  for (let i = Math.max(0, paragraph - WALK_LINES); i < paragraph; i++) {
    const text = asHeadline(blocks[i]!);
    if (!text || isBylineLine(text)) continue;
    const first = seen.get(titleKey(text));
    if (first !== undefined) return { text, block: first };
    seen.set(titleKey(text), i);
  }
  let nearest: Headline | null = null;
  let sawByline = false;
  for (let i = paragraph - 1; i >= Math.max(0, paragraph - WALK_LINES); i--) {
    const block = blocks[i]!;
    if (isBylineLine(block.text)) {
      sawByline = true;
      continue;
    }
    const text = asHeadline(block);
    if (!text || siteNames.has(titleKey(text))) continue;
    if (sawByline) return { text, block: i };
    nearest ??= { text, block: i };
  }
  return nearest;
}

export function findHeadline(
  blocks: readonly DomBlock[],
  main: MainContent,
  declared: { titles: string[]; documentTitle: string | null },
): Headline | null {
  const refsRaw = [...declared.titles, declared.documentTitle ?? ""].filter(Boolean);
  // "标题 - 栏目 - 论坛名 - Powered by …": the first segment is the headline when the rest is long.
  const refs = refsRaw.flatMap((t) => [stripSiteSuffix(t), firstSegment(t)]).map(titleKey);
  // The site and column names a <title> ends with: a heading that is one of them is a logo.
  const siteNames = new Set((declared.documentTitle ?? "").split(SEPARATOR).slice(1).map(titleKey));
  const found = byDeclaredTitle(blocks, main, refs) ?? byLayout(blocks, main, siteNames);
  if (found) return found;
  const declaredTitle = refsRaw
    .map((t) => firstSegment(stripSiteSuffix(t)))
    .find((t) => t.length >= MIN_TITLE && !SITE_NAME.test(t));
  return declaredTitle ? { text: declaredTitle, block: -1 } : null;
}
