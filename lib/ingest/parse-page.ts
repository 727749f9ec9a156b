import { cleanLines, joinKept, titleKey } from "./clean-lines";
import { extractByline } from "./extract-byline";
import { extractPublishDate } from "./extract-publish-date";
import { findTitle } from "./find-title";
import { parseHtmlPage } from "./html/parse-html-page";
import { toLines } from "./page-lines";

export interface ParsedPage {
  title: string | null;
  body: string;
  date: string | null;
  source: string | null;
  author: string | null;
  /** The page's canonical URL when it declares one. */
  url: string | null;
}

/**
 * A raw scraped page (.txt, or .html with `html: true`) → headline, cleaned body (paragraphs joined
 * by "\n", original script kept), publish date, source and author. Lines above the headline are
 * page chrome and never reach the body; repeats of the headline inside the body are dropped.
 */
export function parsePage(raw: string, opts: { html?: boolean } = {}): ParsedPage {
  if (opts.html) return parseHtmlPage(raw);
  const rows = cleanLines(toLines(raw), { page: true });
  const { title, row } = findTitle(rows);
  const key = title ? titleKey(title) : null;
  const body = rows
    .slice(row + 1)
    .filter((r) => !r.dropped && (key === null || titleKey(r.text) !== key))
    .map((r) => r.text)
    .join("\n");
  const { source, author } = extractByline(raw);
  return { title, body, date: extractPublishDate(raw), source, author, url: null };
}

/** The same cleaning rules for a record's text (jsonl "text" fields); drops lines repeating `title`. */
export function cleanBody(text: string, title?: string | null): string {
  return joinKept(cleanLines(toLines(text), { title }));
}
