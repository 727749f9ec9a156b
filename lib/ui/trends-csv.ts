import type { Trends } from "../search/present/trends";
import { CSV_BOM, toCsvRow } from "./csv";

/** One row per period: all articles, then each query's count and share (BOM first, for Excel). */
export function toTrendsCsv(t: Trends): string {
  const head = ["时间", "全部报道", ...t.series.flatMap((s) => [`${s.q}（篇）`, `${s.q}（占比）`])];
  const rows = t.periods.map((p, i) =>
    toCsvRow([p, t.all[i], ...t.series.flatMap((s) => [s.counts[i], s.shares[i]!.toFixed(6)])]),
  );
  return CSV_BOM + toCsvRow(head) + rows.join("");
}
