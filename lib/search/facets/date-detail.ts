import type { DocColumns } from "../store/doc-columns";
import { toEpochDay, toIsoDay, toMonthLabel, toMonthNumber } from "../store/day-numbers";
import type { DateFacet, FacetValue } from "../types";

/**
 * The date chart's close-up: counts of the results inside the chosen date range (every filter
 * applied, the date range too), by day for a range of up to DAY_SPAN days, by month up to
 * MONTH_SPAN months, else by year. Every period of the range is a bucket, empty ones too, so
 * the bars keep the calendar's spacing. An open end is bounded by the results' own dates.
 */

const DAY_SPAN = 62;
const MONTH_SPAN = 36;
const toDayNumber = (iso: string) => Number(iso.replaceAll("-", ""));

export function buildDateDetail(
  results: Uint32Array,
  cols: DocColumns,
  from: string | null,
  to: string | null,
): DateFacet | null {
  if (from === null && to === null) return null;
  const date = cols.date;
  let lo = from ? toDayNumber(from) : Infinity;
  let hi = to ? toDayNumber(to) : -Infinity;
  if (!from || !to)
    for (let i = 0; i < results.length; i++) {
      const day = date[results[i]!]!;
      if (day === 0) continue;
      if (!from && day < lo) lo = day;
      if (!to && day > hi) hi = day;
    }
  if (!Number.isFinite(lo) || !Number.isFinite(hi) || lo > hi)
    return { granularity: "day", buckets: [], unknown: 0 };
  const firstDay = toEpochDay(lo);
  const days = toEpochDay(hi) - firstDay + 1;
  const loYear = Math.floor(lo / 10000);
  const loMonth = toMonthNumber(lo);
  const months = toMonthNumber(hi) - loMonth;
  const granularity = days <= DAY_SPAN ? "day" : months <= MONTH_SPAN ? "month" : "year";
  const slotOf =
    granularity === "day"
      ? (day: number) => toEpochDay(day) - firstDay
      : granularity === "month"
        ? (day: number) => toMonthNumber(day) - loMonth
        : (day: number) => Math.floor(day / 10000) - loYear;
  const size = slotOf(hi) + 1;
  const counts = new Int32Array(size);
  for (let i = 0; i < results.length; i++) {
    const day = date[results[i]!]!;
    if (day >= lo && day <= hi) counts[slotOf(day)]!++;
  }
  const label = (slot: number): string => {
    if (granularity === "day") return toIsoDay(firstDay + slot);
    if (granularity === "year") return String(loYear + slot);
    return toMonthLabel(loMonth + slot);
  };
  const buckets: FacetValue[] = Array.from(counts, (count, slot) => ({
    value: label(slot),
    count,
  }));
  return { granularity, buckets, unknown: 0 };
}
