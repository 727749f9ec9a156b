/**
 * Dates given as a record field ("2020-03-27 15:17:56", "2020/3/9", "2020年3月9日", epoch
 * milliseconds) to "YYYY-MM-DD"; anything else is unknown (null), never guessed.
 */

const YMD = /^\s*(\d{4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})/;
const EPOCH = /^\d{10}(\d{3})?$/;

export function toIsoDate(year: number, month: number, day: number): string | null {
  const d = new Date(Date.UTC(year, month - 1, day));
  if (d.getUTCFullYear() !== year || d.getUTCMonth() !== month - 1 || d.getUTCDate() !== day) {
    return null;
  }
  if (year < 1900 || year > 2100) return null;
  return d.toISOString().slice(0, 10);
}

export function parseDateValue(value: string | null): string | null {
  if (!value) return null;
  const ymd = YMD.exec(value);
  if (ymd) return toIsoDate(Number(ymd[1]), Number(ymd[2]), Number(ymd[3]));
  const trimmed = value.trim();
  if (EPOCH.test(trimmed)) {
    const ms = trimmed.length === 10 ? Number(trimmed) * 1000 : Number(trimmed);
    // Chinese news: the calendar day is the one in Beijing time.
    const d = new Date(ms + 8 * 3600_000);
    return toIsoDate(d.getUTCFullYear(), d.getUTCMonth() + 1, d.getUTCDate());
  }
  return null;
}
