import type { ConcordanceLine } from "../search/present/concordance";
import { CSV_BOM, toCsvRow } from "./csv";

/** Concordance lines as CSV (BOM first, so Excel reads UTF-8): left | term | right, with the article. */
export function toConcordanceCsv(lines: readonly ConcordanceLine[]): string {
  const rows = lines.map((l) => toCsvRow([l.left, l.hit, l.right, l.date, l.source, l.id]));
  return (
    CSV_BOM + toCsvRow(["左侧语境", "检索词", "右侧语境", "日期", "来源", "id"]) + rows.join("")
  );
}
