/** Line helpers shared by title, date, byline and body extraction. */

/** Splits text into trimmed lines (trim also removes NBSP and the ideographic space). */
export function toLines(text: string): string[] {
  return text.split(/\r\n|\r|\n/).map((line) => line.trim());
}

const SENTENCE_END = /[。！？!?；;]/;
const MIN_PARAGRAPH_CHARS = 50;
const MAX_HEAD_LINES = 40;

/** A line of running prose, as opposed to a title, byline, menu or footer line. */
export function isContentLine(line: string): boolean {
  return line.length >= MIN_PARAGRAPH_CHARS && SENTENCE_END.test(line);
}

/**
 * The page head: the lines before the first prose paragraph (capped), where title, byline and
 * publish date live. Dates and names further down belong to the article text, not to the page.
 */
export function headLines(lines: string[]): string[] {
  const head: string[] = [];
  for (const line of lines) {
    if (isContentLine(line) || head.length >= MAX_HEAD_LINES) break;
    if (line) head.push(line);
  }
  return head;
}
