import type { SystemFigures } from "./metrics";

/** The results table (Markdown, also printed) with a row of Xunwen's ratios against the best peer. */

export interface SystemRow {
  label: string;
  buildS: number;
  articlesPerS: number;
  indexMb: number;
  rssMb: number;
  figures: SystemFigures | null;
  error: string | null;
}

interface Column {
  title: string;
  get: (r: SystemRow) => number;
  digits: number;
  better: "lower" | "higher";
  percent?: boolean;
}

const COLUMNS: Column[] = [
  { title: "build s", get: (r) => r.buildS, digits: 1, better: "lower" },
  { title: "articles/s", get: (r) => r.articlesPerS, digits: 0, better: "higher" },
  { title: "index MB", get: (r) => r.indexMb, digits: 1, better: "lower" },
  { title: "RSS MB", get: (r) => r.rssMb, digits: 0, better: "lower" },
  { title: "p50 ms", get: (r) => r.figures?.p50 ?? NaN, digits: 2, better: "lower" },
  { title: "p95 ms", get: (r) => r.figures?.p95 ?? NaN, digits: 2, better: "lower" },
  { title: "p99 ms", get: (r) => r.figures?.p99 ?? NaN, digits: 2, better: "lower" },
  { title: "MRR@10", get: (r) => r.figures?.mrr10 ?? NaN, digits: 3, better: "higher" },
  { title: "recall@10", get: (r) => r.figures?.recall10 ?? NaN, digits: 3, better: "higher" },
  {
    title: "substring recall",
    get: (r) => r.figures?.substringRecall ?? NaN,
    digits: 1,
    better: "higher",
    percent: true,
  },
  {
    title: "no result",
    get: (r) => r.figures?.zeroResults ?? NaN,
    digits: 0,
    better: "lower",
    percent: true,
  },
];

function format(value: number, column: Column): string {
  if (!Number.isFinite(value)) return "–";
  return column.percent
    ? `${(value * 100).toFixed(column.digits)} %`
    : value.toFixed(column.digits);
}

function coverage(r: SystemRow): string {
  if (r.error) return ` (failed: ${r.error.split("\n")[0]?.slice(0, 80)})`;
  if (r.figures && r.figures.answered < r.figures.total)
    return ` (${r.figures.answered}/${r.figures.total} queries, time budget)`;
  return "";
}

/** Per column: the best peer's value and label (peers = every row but Xunwen's own). */
function bestPeer(
  rows: SystemRow[],
  column: Column,
  ownLabel: string,
): { value: number; label: string } | null {
  const peers = rows.filter((r) => !r.label.startsWith(ownLabel) && Number.isFinite(column.get(r)));
  if (peers.length === 0) return null;
  const best = peers.reduce((a, b) =>
    (column.better === "lower" ? column.get(b) < column.get(a) : column.get(b) > column.get(a))
      ? b
      : a,
  );
  return { value: column.get(best), label: best.label };
}

export function renderTable(
  rows: SystemRow[],
  ownLabel = "Xunwen",
  baselineLabel = "FlexSearch + jieba",
): string {
  const header = `| system | ${COLUMNS.map((c) => c.title).join(" | ")} |`;
  const rule = `|---|${COLUMNS.map(() => "---:").join("|")}|`;
  const lines = rows.map(
    (r) => `| ${r.label}${coverage(r)} | ${COLUMNS.map((c) => format(c.get(r), c)).join(" | ")} |`,
  );
  const own = rows.find((r) => r.label === ownLabel);
  if (own && !own.error) {
    const ratio = (c: Column, other: { value: number; label: string } | null, named: boolean) => {
      const mine = c.get(own);
      if (!other || !Number.isFinite(mine) || !Number.isFinite(other.value) || other.value === 0)
        return "–";
      return `${(mine / other.value).toFixed(2)}×${named ? ` ${other.label}` : ""}`;
    };
    lines.push(
      `| *${ownLabel} ÷ best peer* | ${COLUMNS.map((c) => ratio(c, bestPeer(rows, c, ownLabel), true)).join(" | ")} |`,
    );
    const base = rows.find((r) => r.label === baselineLabel && !r.error);
    if (base) {
      const cells = COLUMNS.map((c) =>
        ratio(c, { value: c.get(base), label: baselineLabel }, false),
      );
      lines.push(`| *${ownLabel} ÷ ${baselineLabel}* | ${cells.join(" | ")} |`);
    }
  }
  return [header, rule, ...lines].join("\n");
}

/** p95 per latency category and MRR per known-item kind, one row per system. */
export function renderBreakdown(rows: SystemRow[], categories: readonly string[]): string {
  const header = `| system | ${categories.map((c) => `p95 ms ${c}`).join(" | ")} | MRR@10 title words | MRR@10 sentence |`;
  const rule = `|---|${categories.map(() => "---:").join("|")}|---:|---:|`;
  const num = (v: number | undefined, d: number) =>
    v !== undefined && Number.isFinite(v) ? v.toFixed(d) : "–";
  const lines = rows.map((r) => {
    const f = r.figures;
    const cells = categories.map((c) => num(f?.p95ByCategory.get(c), 2));
    return `| ${r.label} | ${cells.join(" | ")} | ${num(f?.mrrTitle, 3)} | ${num(f?.mrrSentence, 3)} |`;
  });
  return [header, rule, ...lines].join("\n");
}
