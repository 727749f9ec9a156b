import { FORUM_RULES, HEAD_DROP_RULES, LINE_DROP_RULES } from "./clean-rules";
import { findFooterStart } from "./clean-rules-footer";
import { stripInline } from "./clean-rules-inline";
import { isContentLine } from "./page-lines";

/** One input line after cleaning: its stripped text and, when dropped, the rule that dropped it. */
export interface CleanedLine {
  text: string;
  dropped: string | null;
}

/** Comparison key for title lines: width-folded, whitespace-free. */
export function titleKey(text: string): string {
  return text.normalize("NFKC").replace(/\s+/g, "");
}

const MAX_SANDWICHED = 8;

function ruleFor(text: string): string | null {
  if (!text) return "empty";
  for (const rule of LINE_DROP_RULES) if (rule.test(text)) return rule.name;
  return null;
}

/** Neighbouring non-empty line's drop reason, looking from `i` in direction `step`. */
function neighbour(rows: CleanedLine[], i: number, step: 1 | -1): string | null | undefined {
  for (let j = i + step; j >= 0 && j < rows.length; j += step) {
    const row = rows[j];
    if (row && row.dropped !== "empty") return row.dropped;
  }
  return undefined;
}

/** A short line between two forum-chrome lines is a custom member rank or user name (嫩笋). */
function dropSandwichedForumLabels(rows: CleanedLine[]): void {
  rows.forEach((row, i) => {
    if (row.dropped || row.text.length > MAX_SANDWICHED || /[，。,.!?！？]/.test(row.text)) return;
    const before = neighbour(rows, i, -1);
    const after = neighbour(rows, i, 1);
    if (before && after && FORUM_RULES.has(before) && FORUM_RULES.has(after)) {
      row.dropped = "forumRankLabel";
    }
  });
}

/** Applies the head-only rules to kept lines above the first prose paragraph. */
function dropHeadChrome(rows: CleanedLine[]): void {
  for (const row of rows) {
    if (row.dropped) continue;
    if (isContentLine(row.text)) return;
    const rule = HEAD_DROP_RULES.find((r) => r.test(row.text));
    if (rule) row.dropped = rule.name;
  }
}

export interface CleanOptions {
  /** Lines equal to this title are dropped. */
  title?: string | null;
  /** A whole page rather than a record's text: also apply the head-only rules. */
  page?: boolean;
}

/**
 * Runs every cleaning rule over `lines`: inline strips, line drops, forum labels, head-only rules
 * (pages), repeated title lines and the trailing footer cut. Linear in the input; returns one
 * entry per input line.
 */
export function cleanLines(lines: readonly string[], opts: CleanOptions = {}): CleanedLine[] {
  const key = opts.title ? titleKey(opts.title) : null;
  const rows: CleanedLine[] = lines.map((line) => {
    const text = stripInline(line);
    const rule = ruleFor(text);
    if (rule) return { text, dropped: rule };
    const repeatsTitle = key !== null && text.length <= key.length * 2 && titleKey(text) === key;
    return { text, dropped: repeatsTitle ? "repeatedTitle" : null };
  });
  dropSandwichedForumLabels(rows);
  if (opts.page) dropHeadChrome(rows);
  const footer = findFooterStart(
    rows.map((r) => r.text),
    rows.map((r) => !r.dropped),
  );
  for (let i = footer; i < rows.length; i++) {
    const row = rows[i];
    if (row && !row.dropped) row.dropped = "footer";
  }
  return rows;
}

/** The kept lines of `cleanLines`, joined by "\n". */
export function joinKept(rows: readonly CleanedLine[]): string {
  return rows
    .filter((r) => !r.dropped)
    .map((r) => r.text)
    .join("\n");
}
