/**
 * npm run trends -- "q1" "q2" [--by day|week|month|year] [--region 湖北省] [--source X] [--theme X]
 *   [--from 2020-01-01 --to 2020-12-31] [--csv] [--index DIR]
 * Matches per period for up to 5 queries side by side, from the same engine as the page: a table
 * of counts and shares, or the same numbers as CSV (what /api/trends?format=csv returns).
 */
import path from "node:path";
import { parseArgs } from "node:util";
import { parseTrendQueries } from "../lib/search/query/trend-queries";
import { loadSearchEngine } from "../lib/search/store/load-search-engine";
import { toTrendsCsv } from "../lib/ui/trends-csv";

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    index: { type: "string", default: process.env.XUNWEN_INDEX_DIR ?? path.join("data", "index") },
    by: { type: "string" },
    region: { type: "string", multiple: true },
    source: { type: "string", multiple: true },
    theme: { type: "string", multiple: true },
    from: { type: "string" },
    to: { type: "string" },
    csv: { type: "boolean", default: false },
  },
});

const params = new URLSearchParams();
for (const q of positionals) params.append("q", q);
for (const key of ["region", "source", "theme"] as const)
  for (const v of values[key] ?? []) params.append(key, v);
for (const key of ["from", "to", "by"] as const) if (values[key]) params.set(key, values[key]);
const { states, by, notices } = parseTrendQueries(params);
if (states.length === 0) {
  console.error('Usage: npm run trends -- "q1" ["q2" …] [--by month] [filters] [--csv]');
  process.exit(2);
}
for (const n of notices) console.error(`注意：${n}`);
const t = (await loadSearchEngine(path.resolve(values.index))).trends(states, by);
if (values.csv) process.stdout.write(toTrendsCsv(t));
else {
  const pct = (x: number) => `${(x * 100).toFixed(2)}%`;
  console.log(
    ["时间".padEnd(12), "全部".padStart(7), ...t.series.map((s) => s.q.padStart(18))].join(" "),
  );
  t.periods.forEach((p, i) =>
    console.log(
      [
        p.padEnd(12),
        String(t.all[i]).padStart(7),
        ...t.series.map((s) => `${s.counts[i]} (${pct(s.shares[i]!)})`.padStart(18)),
      ].join(" "),
    ),
  );
  console.log(`按${t.by} · ${t.series.map((s) => `${s.q} 共 ${s.total} 篇`).join(" · ")}`);
}
