import { isBylineLine } from "./byline-line";
import type { DomBlock } from "./dom-blocks";

/**
 * Which blocks of the main range are article text. Inside the range: link lists and lone
 * characters (an ad box's vertical "今/日/推/荐") go. At its head, until the first paragraph:
 * byline lines (the site URL, the date, 来源/作者 fields, "2024-05-09 22:30·新华社") and a
 * restated Xinhua headline ("题：…") and photo captions (…供图, …摄) go too; the metadata extractors read them separately.
 */

const LINK_LIST_SHARE = 0.5;
const MAX_BYLINE = 120;
const CAPTION_END = /(?:供图|供圖|图片来源[:：]\S{1,20}|[\s/／（(]\S{0,8}[摄攝])[）)]?$/;
const RESTATED_HEADLINE = /^(?:\S{0,20}电\s*)?题\s*[:：]/;

const isLinkList = (b: DomBlock): boolean =>
  b.linkChars > b.text.replace(/\s+/g, "").length * LINK_LIST_SHARE;

function isHeadByline(text: string): boolean {
  if (text.length > MAX_BYLINE) return false;
  // A photo caption over the text: "5月9日，…双选会现场。山东女子学院供图", "…（新华社记者 X 摄）".
  if (CAPTION_END.test(text)) return true;
  // A byline has no sentence in it (a first line broken by <br> mid-sentence does).
  return !/[。！？，]/.test(text) && (RESTATED_HEADLINE.test(text) || isBylineLine(text));
}

export function toBodyLines(blocks: readonly DomBlock[]): string[] {
  const kept = blocks.filter((b) => !isLinkList(b) && b.text.trim().length > 1).map((b) => b.text);
  let head = 0;
  while (head < kept.length && isHeadByline(kept[head]!)) head++;
  return kept.slice(head);
}
