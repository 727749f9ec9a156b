import { titleKey, type CleanedLine } from "./clean-lines";
import { stripInline } from "./clean-rules-inline";
import { isContentLine } from "./page-lines";

const MIN_TITLE = 4;
const MAX_TITLE = 100;
/** How far into a page an HTML heading is looked for among the text lines. */
const MAX_TITLE_ROW = 80;

/** A line that can be a headline: short, not a sentence or a "label:" line, has letters. */
export function isTitleLike(text: string): boolean {
  return (
    text.length >= MIN_TITLE &&
    text.length <= MAX_TITLE &&
    !isContentLine(text) &&
    !/[。；;！!？?，,：:、]$/.test(text) &&
    /\p{L}/u.test(text)
  );
}

export interface TitleSpot {
  title: string | null;
  /** Row of the title in the cleaned lines; body rows are those after it. -1 when not on a row. */
  row: number;
}

function rowWithText(rows: readonly CleanedLine[], text: string): number {
  const key = titleKey(text);
  return rows.slice(0, MAX_TITLE_ROW).findIndex((r) => !r.dropped && titleKey(r.text) === key);
}

const TITLE_SEPARATOR = /\s*[_|｜]\s*|\s+[-–—]\s+/;

/** The first segment of a <title> ("标题_栏目_站点名", "标题 - 站点名") that can be a headline. */
function titleSegment(title: string): string | null {
  const first = title.split(TITLE_SEPARATOR).find((s) => s.length >= MIN_TITLE);
  return first && isTitleLike(first) ? first : null;
}

/** An <h1> that repeats a later <title> segment is the site logo or a column name, not the headline. */
function isSiteHeading(h1: string, title: string | null): boolean {
  const later = (title ?? "").split(TITLE_SEPARATOR).slice(1).map(titleKey);
  return later.includes(titleKey(h1));
}

/**
 * Finds the headline of a page. HTML: the <h1>, else the first segment of <title>. Plain text (and
 * HTML without either): the first line left after chrome is dropped, if it reads as a headline;
 * a page that opens straight into prose has no title (null).
 */
export function findTitle(
  rows: readonly CleanedLine[],
  html?: { h1: string | null; title: string | null },
): TitleSpot {
  const h1 = html?.h1 && !isSiteHeading(html.h1, html.title) ? html.h1 : null;
  for (const heading of [h1, html?.title && titleSegment(html.title)]) {
    const text = heading ? stripInline(heading) : "";
    if (!isTitleLike(text)) continue;
    return { title: text, row: rowWithText(rows, text) };
  }
  const first = rows.findIndex((r) => !r.dropped);
  const text = rows[first]?.text ?? "";
  return isTitleLike(text) ? { title: text, row: first } : { title: null, row: -1 };
}
