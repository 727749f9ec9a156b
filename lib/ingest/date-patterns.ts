/**
 * Full calendar dates as pages print them: 2020年5月13日, 2020-3-9, 2020/03/13, 2020.03.13,
 * 2020-03-13T10:35, 二〇二〇年三月十三日. Only year-month-day triples count: a year range
 * (2001-2024) or a month-day mention (1月25日) never matches.
 */
const DATE_SOURCE = String.raw`(?<!\d)((?:19|20)\d{2})(?:\s*[年]\s*(\d{1,2})\s*[月]\s*(\d{1,2})\s*[日号號]?|([-/.])(\d{1,2})\4(\d{2}(?=\d{1,2}:\d{2})|\d{1,2}(?!\d)))`;

const DATE_RE = new RegExp(DATE_SOURCE, "g");

/**
 * Day and month before the year, as foreign and older portal pages print them: 7/5/2005 9:23:57 PM
 * (US order, told by its AM/PM), 06/02/2022 (day first, the international order), 25/12/2005.
 */
const DMY_RE =
  /(?<![\d/.])(\d{1,2})([/.])(\d{1,2})\2((?:19|20)\d{2})(?!\d)(\s*\d{1,2}:\d{2}(?::\d{2})?\s*[AP]M)?/gi;
const MONTHS = "jan feb mar apr may jun jul aug sep oct nov dec".split(" ");
/** "September 10th, 2005", "Sep 10, 2005", "10 September 2005". */
const EN_DATE_RE =
  /\b(?:(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+((?:19|20)\d{2})|(\d{1,2})(?:st|nd|rd|th)?\s+(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?,?\s+((?:19|20)\d{2}))\b/gi;

/** The same in Chinese numerals, as official documents sign off: 二〇二〇年三月十三日. */
const CN_DATE_RE =
  /([〇○零一二三四五六七八九]{4})\s*年\s*(十[一二]?|[一二三四五六七八九])\s*月\s*(三十一?|二?十[一二三四五六七八九]?|[一二三四五六七八九])\s*[日号號]/g;
/** 0–9 of one Chinese numeral (〇, ○ and 零 are all zero). */
function toDigit(c: string): number {
  return Math.max(0, "〇一二三四五六七八九".indexOf(c === "○" || c === "零" ? "〇" : c));
}

/** 2020 from 二〇二〇 (digit by digit); 23 from 二十三, 10 from 十, 31 from 三十一. */
function parseChineseNumber(text: string, positional: boolean): number {
  if (positional) return [...text].reduce((n, c) => n * 10 + toDigit(c), 0);
  const [tens, ones] = text.split("十");
  if (ones === undefined) return toDigit(text);
  return (tens ? toDigit(tens) : 1) * 10 + (ones ? toDigit(ones) : 0);
}

/** A time of day right after a date: " 12:37", " 09:15:02", "T10:35:00.000+08:00". */
export const TIME_AFTER = /^(?:\s*|T)\d{1,2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?/;

export interface DateMatch {
  /** "YYYY-MM-DD", only for a real calendar date. */
  iso: string;
  index: number;
  end: number;
}

const MIN_YEAR = 1970;
const MAX_YEAR = 2100;

/** "YYYY-MM-DD" when year, month and day form a real calendar date, else null. */
export function toIsoDate(year: number, month: number, day: number): string | null {
  if (year < MIN_YEAR || year > MAX_YEAR || month < 1 || month > 12 || day < 1) return null;
  const d = new Date(Date.UTC(year, month - 1, day));
  if (d.getUTCMonth() !== month - 1 || d.getUTCDate() !== day) return null;
  return d.toISOString().slice(0, 10);
}

/** Every valid full date in `line`, in order. */
export function findDates(line: string): DateMatch[] {
  const out: DateMatch[] = [];
  for (const m of line.matchAll(DATE_RE)) {
    const month = m[2] ?? m[5];
    const day = m[3] ?? m[6];
    const iso = toIsoDate(Number(m[1]), Number(month), Number(day));
    if (iso) out.push({ iso, index: m.index, end: m.index + m[0].length });
  }
  for (const m of line.matchAll(CN_DATE_RE)) {
    const [year, month, day] = [m[1]!, m[2]!, m[3]!];
    const iso = toIsoDate(
      parseChineseNumber(year, true),
      parseChineseNumber(month, false),
      parseChineseNumber(day, false),
    );
    if (iso) out.push({ iso, index: m.index, end: m.index + m[0].length });
  }
  for (const m of line.matchAll(DMY_RE)) {
    const [a, b] = [Number(m[1]), Number(m[3])];
    const monthFirst = b > 12 || (a <= 12 && m[5] !== undefined);
    const iso = toIsoDate(Number(m[4]), monthFirst ? a : b, monthFirst ? b : a);
    if (iso) out.push({ iso, index: m.index, end: m.index + m[0].length });
  }
  for (const m of line.matchAll(EN_DATE_RE)) {
    const month = MONTHS.indexOf((m[1] ?? m[5] ?? "").toLowerCase()) + 1;
    const iso = toIsoDate(Number(m[3] ?? m[6]), month, Number(m[2] ?? m[4]));
    if (iso) out.push({ iso, index: m.index, end: m.index + m[0].length });
  }
  return out.sort((a, b) => a.index - b.index);
}

/** The valid date a line starts with (after optional spaces), or null. */
export function dateAtStart(line: string): DateMatch | null {
  const first = findDates(line.slice(0, 40))[0];
  return first && !line.slice(0, first.index).trim() ? first : null;
}
