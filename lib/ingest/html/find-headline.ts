import { titleKey } from "../clean-lines";
import { stripInline } from "../clean-rules-inline";
import { isTitleLike } from "../find-title";
import type { DomBlock } from "./dom-blocks";
import type { MainContent } from "./main-content";

/**
 * The headline shown above the article: a heading (or a line) near the top of the main block that
 * the page's declared titles (og:title, ArticleTitle, <title>) confirm. A site or column name is
 * never the headline: it is what the declared titles carry as a suffix, not as their head.
 */

export interface Headline {
  text: string;
  /** Block index of the headline, or -1 when it comes from the declared titles only. */
  block: number;
}

/** "标题_栏目_网站", "标题 - 网站", "标题|凤凰网", "标题-新华网". */
const SEPARATOR = /\s*(?:[_|｜]|\s[-–—]+\s|[-–—](?=[^-–—]{2,16}$))\s*/;
/** What a site or column name ends with. */
const SITE_NAME =
  /(?:网|網|报|報|新闻|新聞|频道|頻道|首页|首頁|门户|門戶|在线|在線|客户端|社|台|中心|政府|时报|時報|日报|日報|财经|財經|号|號|论坛|論壇|社区|社區|博客|\.com|\.cn|\.net)$/i;
/** How far above the main block a headline may stand (breadcrumbs, bylines, share bars between). */
const MAX_BLOCKS_ABOVE = 25;
/** How far into the main block it may stand. */
const MAX_BLOCKS_INSIDE = 6;

/** A declared title without its trailing site and column names. */
export function stripSiteSuffix(title: string): string {
  let text = title.trim();
  for (;;) {
    const parts = text.split(SEPARATOR);
    const last = parts[parts.length - 1] ?? "";
    if (parts.length < 2 || (!SITE_NAME.test(last) && last.length > 6)) return text;
    const head = text.slice(0, text.length - last.length).replace(/[\s_|｜\-–—]+$/, "");
    if (head.length < 4) return text;
    text = head;
  }
}

function similarity(candidate: string, refs: string[]): number {
  const key = titleKey(candidate);
  let best = 0;
  for (const ref of refs) {
    if (ref === key) return 3;
    if (key.length >= 4 && (ref.includes(key) || key.includes(ref))) {
      best = Math.max(
        best,
        (2 * Math.min(key.length, ref.length)) / Math.max(key.length, ref.length),
      );
    }
  }
  return best;
}

export function findHeadline(
  blocks: readonly DomBlock[],
  main: MainContent,
  declared: { titles: string[]; documentTitle: string | null },
): Headline | null {
  const refsRaw = [...declared.titles, declared.documentTitle ?? ""].filter(Boolean);
  const refs = refsRaw.map((t) => titleKey(stripSiteSuffix(t)));
  // The site and column names a <title> ends with: a heading that is one of them is a logo.
  const siteNames = new Set((declared.documentTitle ?? "").split(SEPARATOR).slice(1).map(titleKey));
  const from = Math.max(0, main.start - MAX_BLOCKS_ABOVE);
  const to = Math.min(blocks.length, main.start + MAX_BLOCKS_INSIDE);
  let best: Headline | null = null;
  let bestScore = 0;
  for (let i = from; i < to; i++) {
    const block = blocks[i]!;
    const text = stripInline(block.text).trim();
    if (!isTitleLike(text) || block.linkChars > text.length / 2 || siteNames.has(titleKey(text))) {
      continue;
    }
    const match = similarity(text, refs);
    const heading = block.heading === 0 ? 0 : block.heading <= 2 ? 1 : 0.5;
    if (match === 0 && heading === 0) continue;
    const distance = Math.abs(main.start - i) / MAX_BLOCKS_ABOVE;
    const score = match * 2 + heading - distance;
    if (score > bestScore) {
      best = { text, block: i };
      bestScore = score;
    }
  }
  if (best) return best;
  const declaredTitle = refsRaw.map(stripSiteSuffix).find((t) => isTitleLike(t));
  return declaredTitle ? { text: declaredTitle, block: -1 } : null;
}
