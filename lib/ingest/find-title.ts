import type { CleanedLine } from "./clean-lines";
import { isContentLine } from "./page-lines";

const MIN_TITLE = 4;
const MAX_TITLE = 100;

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

/**
 * The headline of a plain-text page: the first line left after chrome is dropped, if it reads as a
 * headline; a page that opens straight into prose has no title (null). HTML pages find theirs in
 * the DOM (`html/find-headline.ts`).
 */
export function findTitle(rows: readonly CleanedLine[]): TitleSpot {
  const first = rows.findIndex((r) => !r.dropped);
  const text = rows[first]?.text ?? "";
  return isTitleLike(text) ? { title: text, row: first } : { title: null, row: -1 };
}
