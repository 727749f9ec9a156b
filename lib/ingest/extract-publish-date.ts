import { findDates, TIME_AFTER, type DateMatch } from "./date-patterns";
import { headLines, toLines } from "./page-lines";

/** Lines whose dates are page-render stamps or copyright years, never a publish date. */
const TRAP_LINE =
  /GMT\s*[+-]\s*\d|Processed in|Powered by|©|copyright|版[权權]|ICP|今天是|今日是|当前时间|當前時間|京港台时间|京港台時間/i;
/** A byline is short; a date in a longer head line is a sentence's. */
const MAX_BYLINE_LINE = 100;
/** Chinese sentence punctuation (an ASCII comma belongs to English dates: "Saturday, September 10th, 2005"). */
const SENTENCE_MARK = /[，。；！？]/;
/** A label right before the date that says "this is when it was published". */
const PUBLISH_LABEL =
  /(?:发布|發布|發佈|发表|發表|发稿|發稿|刊发|刊發|上传|上傳)(?:时间|時間|日期|于|於)?\s*[:：]?\s*$/;
/** Weaker labels, trusted only in the page head (an article may say "时间：3月1日" about an event). */
/** The date a document was written (成文), not published. */
const WRITTEN_LABEL = /(?:成文|印发|印發)(?:日期|时间|時間)?\s*[:：]?\s*$/;
const HEAD_LABEL =
  /(?:时间|時間|日期|更新|发布|發布|發佈|发表|發表)(?:时间|時間|日期|于|於)?\s*[:：]?\s*$/;
/** What may follow a byline date: nothing, a time, a separator, or another byline field. */
const BYLINE_TAIL = /^(?:$|\s|[|｜/])/;
const LABEL_WINDOW = 12;
/** How far from the end an official document's signature date may stand (after 落款 and chrome). */
const SIGNATURE_LINES = 8;
/** A signature date is a line of its own in 年月日 form: 二〇二〇年三月十三日, 2020年3月13日. */
const SIGNATURE_DATE = /年.*月.*[日号號]$/;

function labelled(line: string, date: DateMatch, label: RegExp): boolean {
  return label.test(line.slice(Math.max(0, date.index - LABEL_WINDOW), date.index));
}

/** A byline that opens with the date: "2020年5月13日 00:00  来源:…", "2020-03-13 10:35". */
function leadsByline(line: string, date: DateMatch): boolean {
  if (line.slice(0, date.index).trim()) return false;
  const rest = line.slice(date.end);
  const time = TIME_AFTER.exec(rest);
  return BYLINE_TAIL.test(time ? rest.slice(time[0].length) : rest);
}

/** A date on a short line that is no sentence (the date's own comma aside: "September 10th, 2005"). */
function onShortLine(line: string, d: DateMatch): boolean {
  return (
    line.length <= MAX_BYLINE_LINE &&
    !SENTENCE_MARK.test(line.slice(0, d.index) + line.slice(d.end))
  );
}

function isSignature(line: string, date: DateMatch): boolean {
  return date.index === 0 && date.end === line.length && SIGNATURE_DATE.test(line);
}

function firstDate(
  lines: readonly string[],
  accept: (line: string, d: DateMatch) => boolean,
): string | null {
  for (const line of lines) {
    if (TRAP_LINE.test(line)) continue;
    for (const d of findDates(line)) if (accept(line, d)) return d.iso;
  }
  return null;
}

/**
 * The publish date of a raw page as "YYYY-MM-DD", or null when the page states none.
 * Order of trust: a labelled date in the head (发布时间/发表于/时间/日期 …), a byline line in the
 * head that opens with a date, any date on a short head line ("http://www.sina.net 2005年03月21日
 * 11:21 《理财周刊》"), a byline date in the lines just `above` the head (HTML: above the headline),
 * a 发布/发表-labelled date anywhere, a labelled date in the closing lines (`tail`), then the signature date
 * of an official document: a line that is only a date, among the last lines. Dates inside the
 * article text, render stamps (GMT+8 …) and copyright years are never taken.
 */
export function extractPublishDate(
  text: string,
  around: { above?: readonly string[]; tail?: readonly string[] } = {},
): string | null {
  const lines = toLines(text);
  const head = headLines(lines);
  const bylineDate = (line: string, d: DateMatch): boolean =>
    labelled(line, d, HEAD_LABEL) || onShortLine(line, d);
  return (
    // 信息公开 pages: the labelled 发布日期 wins over the 成文日期 printed before it.
    firstDate(head, (line, d) => labelled(line, d, PUBLISH_LABEL)) ??
    firstDate(
      head,
      (line, d) => labelled(line, d, HEAD_LABEL) && !labelled(line, d, WRITTEN_LABEL),
    ) ??
    firstDate(head, leadsByline) ??
    firstDate(head, onShortLine) ??
    // Some layouts print the byline just above the headline, or a labelled date after the text.
    firstDate([...(around.above ?? [])].reverse(), bylineDate) ??
    firstDate(lines, (line, d) => labelled(line, d, PUBLISH_LABEL)) ??
    firstDate(around.tail ?? [], (line, d) => labelled(line, d, HEAD_LABEL)) ??
    firstDate(lines.filter(Boolean).slice(-SIGNATURE_LINES).reverse(), isSignature)
  );
}
