/** Date facet buckets ("YYYY-MM" or "YYYY") as inclusive day ranges, and ranges as short labels. */

export interface DayRange {
  from: string;
  to: string;
}

function pad2(n: number): string {
  return String(n).padStart(2, "0");
}

function lastDayOfMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** "2020-03-05" → that day; "2020-03" → 2020-03-01…2020-03-31; "2020" → 2020-01-01…2020-12-31; else null. */
export function toBucketRange(bucket: string): DayRange | null {
  if (/^\d{4}-\d{2}-\d{2}$/.test(bucket)) return { from: bucket, to: bucket };
  const month = /^(\d{4})-(\d{2})$/.exec(bucket);
  if (month) {
    const year = Number(month[1]);
    const m = Number(month[2]);
    if (m < 1 || m > 12) return null;
    return { from: `${bucket}-01`, to: `${bucket}-${pad2(lastDayOfMonth(year, m))}` };
  }
  if (/^\d{4}$/.test(bucket)) return { from: `${bucket}-01-01`, to: `${bucket}-12-31` };
  return null;
}

/**
 * How a bucket meets the selected range: "full" inside it, "partial" when they overlap (the
 * year 2019 for 2019-12-01…2020-06-30), else "none". An open end is unbounded.
 */
export function bucketOverlap(
  bucket: string,
  from: string | null,
  to: string | null,
): "full" | "partial" | "none" {
  const range = toBucketRange(bucket);
  if (!range || (from === null && to === null)) return "none";
  if (isBucketInRange(bucket, from, to)) return "full";
  const overlaps = (from === null || range.to >= from) && (to === null || range.from <= to);
  return overlaps ? "partial" : "none";
}

/** True when the bucket lies inside the selected range (an open end is unbounded). */
export function isBucketInRange(bucket: string, from: string | null, to: string | null): boolean {
  const range = toBucketRange(bucket);
  if (!range || (from === null && to === null)) return false;
  return (from === null || range.from >= from) && (to === null || range.to <= to);
}

/** "2020-03" when the range is exactly a month, "2020年" for a year, else "2020-03-05 至 2020-04-01". */
export function toRangeLabel(from: string | null, to: string | null): string | null {
  if (from && to) {
    const month = from.slice(0, 7);
    const asMonth = toBucketRange(month);
    if (asMonth && asMonth.from === from && asMonth.to === to) return month;
    const year = from.slice(0, 4);
    if (from === `${year}-01-01` && to === `${year}-12-31`) return `${year}年`;
    return from === to ? from : `${from} 至 ${to}`;
  }
  if (from) return `${from} 起`;
  if (to) return `${to} 止`;
  return null;
}
