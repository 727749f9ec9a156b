/**
 * Full calendar dates as pages print them: 2020年5月13日, 2020-3-9, 2020/03/13, 2020.03.13,
 * 2020-03-13T10:35. Only year-month-day triples count: a year range (2001-2024) or a month-day
 * mention (1月25日) never matches.
 */
const DATE_SOURCE = String.raw`(?<!\d)((?:19|20)\d{2})(?:\s*[年]\s*(\d{1,2})\s*[月]\s*(\d{1,2})\s*[日号號]?|([-/.])(\d{1,2})\4(\d{1,2})(?!\d))`;

const DATE_RE = new RegExp(DATE_SOURCE, "g");

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
  return out;
}

/** The valid date a line starts with (after optional spaces), or null. */
export function dateAtStart(line: string): DateMatch | null {
  const first = findDates(line.slice(0, 40))[0];
  return first && !line.slice(0, first.index).trim() ? first : null;
}
