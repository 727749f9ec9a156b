import * as Plot from "@observablehq/plot";
import { parseHTML } from "linkedom";
import type { Trends } from "../search/present/trends";

/**
 * The trends chart as an SVG string, drawn by Observable Plot on the server (linkedom gives it a
 * document), so it reads without JavaScript and in link previews. Plot sets every label as text,
 * so a query's characters are escaped in the markup. Each point carries its value as an SVG
 * title (shown on hover) and links to the search for that query and period. The legend is drawn
 * with Plot's own text marks inside the SVG (Plot's categorical legend is HTML), so the same SVG
 * is a standalone file for download and for the PNG.
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

/** 2020年 on 1 January, 3月 on the first of a month, else 3月15日 (Plot's own ticks are English). */
function toChineseTick(d: Date): string {
  const [m, day] = [d.getUTCMonth() + 1, d.getUTCDate()];
  if (day !== 1) return `${m}月${day}日`;
  return m === 1 ? `${d.getUTCFullYear()}年` : `${m}月`;
}

/** Legend entries left to right (13 px per CJK character plus the mark), wrapped to the width. */
function layOutLegend(queries: string[], width: number): { q: string; x: number; row: number }[] {
  let x = 8;
  let row = 0;
  return queries.map((q) => {
    const w = 13 * [...q].length + 40;
    if (x > 8 && x + w > width - 8) [x, row] = [8, row + 1];
    const at = { q, x, row };
    x += w;
    return at;
  });
}

export function renderTrendsSvg(
  t: Trends,
  measure: TrendMeasure,
  hrefOf: (q: string, period: string) => string,
  width = 960,
  height = 360,
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
  const legend = layOutLegend(
    t.series.map((s) => s.q),
    width,
  );
  const rows = Math.max(1, ...legend.map((l) => l.row + 1));
  const chart = Plot.plot({
    document,
    width,
    height: height + 20 * (rows - 1),
    marginTop: 28,
    marginBottom: 44 + 20 * rows,
    marginLeft: 52,
    style: { fontSize: "12px", fontFamily: "system-ui, sans-serif" },
    x: { type: "utc", label: null, tickFormat: toChineseTick },
    y: { grid: true, label: measure === "share" ? "占当期全部报道（%）" : "篇数", zero: true },
    color: { domain: t.series.map((s) => s.q) },
    marks: [
      ...legend.map(({ q, x, row }) =>
        Plot.text([q], {
          frameAnchor: "bottom-left",
          dy: 50 + 20 * row,
          dx: x - 52,
          text: (q: string) => `● ${q}`,
          fill: (q: string) => q,
          fontSize: 13,
          textAnchor: "start",
        }),
      ),
      Plot.ruleY([0]),
      Plot.lineY(points, { x: "period", y: "value", stroke: "q", strokeWidth: 2 }),
      Plot.dot(points, {
        x: "period",
        y: "value",
        stroke: "q",
        fill: "white",
        // Dense series (a phone, or many periods) get small points, so the line stays readable.
        r: width / Math.max(1, t.periods.length) < 8 ? 1.5 : 3,
        href: "href",
        title: (p: Point) =>
          `${p.q} · ${p.label}：${p.count.toLocaleString("zh-CN")} 篇${measure === "share" ? `（${p.value.toFixed(2)}%）` : ""}`,
      }),
    ],
  });
  chart.setAttribute("xmlns", "http://www.w3.org/2000/svg");
  // linkedom leaves a bare & in attribute values (the links' query strings): fine in HTML, not
  // in an SVG file, which is XML.
  return chart.outerHTML.replace(/&(?!(?:amp|lt|gt|quot|apos|#\d+|#x[\da-f]+);)/gi, "&amp;");
}
