import { isBylineLine } from "./byline-line";
import type { DomBlock } from "./dom-blocks";

/**
 * Which blocks of the main range are article text. Inside the range: link lists and lone
 * characters (an ad box's vertical "今/日/推/荐") go. At its head, until the first paragraph:
 * byline lines (the site URL, the date, 来源/作者 fields, "2024-05-09 22:30·新华社") and a
 * restated Xinhua headline ("题：…") go too; the metadata extractors read them separately.
 */

const LINK_LIST_SHARE = 0.5;
const MAX_BYLINE = 120;
const RESTATED_HEADLINE = /^(?:\S{0,20}电\s*)?题\s*[:：]/;

const isLinkList = (b: DomBlock): boolean =>
  b.linkChars > b.text.replace(/\s+/g, "").length * LINK_LIST_SHARE;

function isHeadByline(text: string): boolean {
  if (text.length > MAX_BYLINE || /[。！？]/.test(text)) return false;
  return RESTATED_HEADLINE.test(text) || isBylineLine(text);
}

export function toBodyLines(blocks: readonly DomBlock[]): string[] {
  const kept = blocks.filter((b) => !isLinkList(b) && b.text.trim().length > 1).map((b) => b.text);
  let head = 0;
  while (head < kept.length && isHeadByline(kept[head]!)) head++;
  return kept.slice(head);
}
