import { cleanLines, joinKept } from "../clean-lines";
import { extractByline } from "../extract-byline";
import { extractPublishDate } from "../extract-publish-date";
import { parseDateValue } from "../parse-date-value";
import type { ParsedPage } from "../parse-page";
import { toBodyLines } from "./body-blocks";
import { toDomBlocks } from "./dom-blocks";
import { findHeadline } from "./find-headline";
import { parseHtmlDocument, pruneDocument } from "./html-document";
import { findMainContent } from "./main-content";
import { readPageMeta } from "./page-meta";

/** How many blocks above the main block the byline search starts when no headline was found. */
const BYLINE_LOOKBACK = 10;
/** Closing credits: the main block's last lines and the ones right after it. */
const TAIL_INSIDE = 3;
const TAIL_AFTER = 6;
/** Bylines printed above the headline: this many blocks. */
const ABOVE_HEADLINE = 3;

/**
 * An HTML page read as a document: declared metadata, then the main block found by text and link
 * density, the headline above it, the byline between the two, and the body cleaned by the same
 * line rules as plain-text pages.
 */
export function parseHtmlPage(html: string): ParsedPage {
  const document = parseHtmlDocument(html);
  const meta = readPageMeta(document);
  pruneDocument(document);
  const dom = toDomBlocks(document);
  const main = findMainContent(dom) ?? { start: 0, end: dom.blocks.length, weights: [] };
  const headline = findHeadline(dom.blocks, main, meta);
  const bodyFrom = headline && headline.block >= main.start ? headline.block + 1 : main.start;
  const lines = toBodyLines(dom.blocks.slice(bodyFrom, main.end));
  const body = joinKept(cleanLines(lines, { page: true, title: headline?.text }));
  // The byline lives between the headline and the body; the page text from there on is searched.
  const bylineFrom =
    headline && headline.block >= 0
      ? headline.block + 1
      : Math.max(0, main.start - BYLINE_LOOKBACK);
  const pageText = dom.blocks
    .slice(bylineFrom)
    .map((b) => b.text)
    .join("\n");
  const tail = dom.blocks
    .slice(Math.max(main.start, main.end - TAIL_INSIDE), main.end + TAIL_AFTER)
    .map((b) => b.text);
  const above = dom.blocks
    .slice(Math.max(0, bylineFrom - 1 - ABOVE_HEADLINE), Math.max(0, bylineFrom - 1))
    .map((b) => b.text);
  const byline = extractByline(pageText, { tail });
  const declaredDate = meta.dates.map(parseDateValue).find((d) => d !== null) ?? null;
  return {
    title: headline?.text ?? null,
    body,
    date: declaredDate ?? extractPublishDate(pageText, { above, tail }),
    source: byline.source,
    author: byline.author,
    url: meta.url,
  };
}
