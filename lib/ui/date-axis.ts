import type { DateFacet } from "../search/types";

/**
 * Geometry of the date charts as plain numbers: bar heights on a square-root scale (so that a
 * year of 300 articles stays visible beside one of 6,000; the axis says so) and which buckets
 * get a label under the axis, at most about MAX_LABELS of them.
 */

const MAX_LABELS = 7;

/** Pixel height of a bar; a non-zero count is never thinner than 2 px. */
export function toBarHeight(count: number, max: number, height: number): number {
  if (count <= 0 || max <= 0) return 0;
  return Math.max(2, Math.round(Math.sqrt(count / max) * height));
}

export interface AxisLabel {
  index: number;
  text: string;
}

function every<T>(items: T[], step: number): T[] {
  return items.filter((_, i) => i % step === 0);
}

/** Labels under the bars: years; for months, each January (or each month when few); for days, weekly. */
export function toAxisLabels(facet: Pick<DateFacet, "granularity" | "buckets">): AxisLabel[] {
  const values = facet.buckets.map((b, index) => ({ index, value: b.value }));
  if (values.length === 0) return [];
  // Every k-th label; a first label crowding the next one (a partial first year puts "2023"
  // against "2024") gives way to it.
  const minGap = Math.max(2, Math.ceil(values.length / MAX_LABELS));
  const thin = (labels: AxisLabel[]) => {
    const kept = every(labels, Math.ceil(labels.length / MAX_LABELS));
    const [first, second] = kept;
    return first && second && second.index - first.index < minGap ? kept.slice(1) : kept;
  };
  if (facet.granularity === "year")
    return thin(values.map(({ index, value }) => ({ index, text: value })));
  if (facet.granularity === "month") {
    if (values.length <= MAX_LABELS + 5)
      return thin(
        values.map(({ index, value }) => ({ index, text: `${Number(value.slice(5))}月` })),
      );
    const januaries = values.filter(({ value, index }) => index === 0 || value.endsWith("-01"));
    return thin(januaries.map(({ index, value }) => ({ index, text: value.slice(0, 4) })));
  }
  return thin(
    values.map(({ index, value }) => ({
      index,
      text: `${Number(value.slice(5, 7))}/${Number(value.slice(8))}`,
    })),
  );
}

/** "2020-03：1,234 篇" for a tooltip and a bar's accessible name. */
export function toBarLabel(value: string, count: number): string {
  return `${value}：${count.toLocaleString("zh-CN")} 篇`;
}
