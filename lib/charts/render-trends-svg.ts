import * as Plot from "@observablehq/plot";
import { parseHTML } from "linkedom";
import type { Trends } from "../search/present/trends";

/**
 * The trends chart as an SVG string, drawn by Observable Plot on the server (linkedom gives it a
 * document), so it reads without JavaScript and in link previews. Plot sets every label as text,
 * so a query's characters are escaped in the markup. Each point carries its value as an SVG
 * title (shown on hover) and links to the search for that query and period.
 */

export type TrendMeasure = "share" | "count";

interface Point {
  period: Date;
  label: string;
  q: string;
  value: number;
  count: number;
  href: string;
}

const toDate = (label: string) =>
  new Date(label.length === 4 ? `${label}-01-01` : label.length === 7 ? `${label}-01` : label);

export function renderTrendsSvg(
  t: Trends,
  measure: TrendMeasure,
  hrefOf: (q: string, period: string) => string,
  width = 760,
): string {
  const { document } = parseHTML("<!doctype html><html><body></body></html>");
  const points: Point[] = t.series.flatMap((s) =>
    t.periods.map((label, i) => ({
      period: toDate(label),
      label,
      q: s.q,
      value: measure === "share" ? s.shares[i]! * 100 : s.counts[i]!,
      count: s.counts[i]!,
      href: hrefOf(s.q, label),
    })),
  );
  const chart = Plot.plot({
    document,
    width,
    height: 320,
    marginLeft: 52,
    style: { fontSize: "12px", fontFamily: "system-ui, sans-serif" },
    x: { type: "utc", label: null },
    y: { grid: true, label: measure === "share" ? "占当期全部报道（%）" : "篇数", zero: true },
    color: { legend: true, domain: t.series.map((s) => s.q) },
    marks: [
      Plot.ruleY([0]),
      Plot.lineY(points, { x: "period", y: "value", stroke: "q", strokeWidth: 2 }),
      Plot.dot(points, {
        x: "period",
        y: "value",
        stroke: "q",
        fill: "white",
        r: 3,
        href: "href",
        title: (p: Point) =>
          `${p.q} · ${p.label}：${p.count.toLocaleString("zh-CN")} 篇${measure === "share" ? `（${p.value.toFixed(2)}%）` : ""}`,
      }),
    ],
  });
  return chart.outerHTML;
}
