import path from "node:path";
import type { Taxonomy } from "../lib/themes/load-themes";
import { sortedCounts, type ArticleCounts } from "../lib/indexer/article-counts";
import type { IngestReport } from "../lib/ingest/ingest-report";
import type { ChangeCounts, IndexManifest } from "../lib/index-dir/index-manifest";

const LISTED_SKIPS = 20;

function formatCounts(counts: [string, number][], limit: number): string {
  const shown = counts.slice(0, limit).map(([k, n]) => `${k} ${n}`);
  const rest = counts.length - limit;
  return shown.join(" · ") + (rest > 0 ? ` · …(+${rest})` : "");
}

/** CPU time of this process and its worker threads, as a share of one core. */
function cpuPercent(seconds: number): string {
  const { userCPUTime, systemCPUTime } = process.resourceUsage();
  return (((userCPUTime + systemCPUTime) / 1e6 / Math.max(seconds, 0.001)) * 100).toFixed(0);
}

/** The closing summary of an index run. */
export function printIndexSummary(args: {
  counts: ArticleCounts;
  report: IngestReport;
  out: string;
  finalDir: string | null;
  manifest: IndexManifest | null;
  changes: ChangeCounts;
  started: number;
  taxonomy: Taxonomy;
}) {
  const { counts, report, out, finalDir, manifest, changes, started, taxonomy } = args;
  const seconds = (Date.now() - started) / 1000;
  const peakMb = process.resourceUsage().maxRSS / 1024;
  const c = changes;
  const lines = [
    "",
    finalDir && manifest
      ? `Index published: ${out} -> ${path.relative(path.dirname(out), finalDir)} · ${manifest.articleCount} articles in ${manifest.segments.length} segments`
      : `Nothing changed: ${out} is as it was`,
    `Changes: ${c.added} added · ${c.updated} updated · ${c.unchanged} unchanged · ${c.removed} removed · ${c.skipped} skipped`,
    `Read: ${report.files} files (${report.records} records)`,
    `Time: ${seconds.toFixed(1)} s · ${((c.added + c.updated) / Math.max(seconds, 0.001)).toFixed(0)} articles/s · CPU ${cpuPercent(seconds)} % · peak RSS ${peakMb.toFixed(0)} MB`,
    `Skipped: ${report.skipped.length}${report.skipped.length ? ` (${formatCounts(report.skipCounts(), 10)})` : ""}`,
    ...report.skipped
      .slice(0, LISTED_SKIPS)
      .map((s) => `  - ${s.origin}: ${s.reason}${s.detail ? ` (${s.detail})` : ""}`),
    ...(report.skipped.length > LISTED_SKIPS
      ? [`  … all ${report.skipped.length} in ${path.join(finalDir ?? out, "report.json")}`]
      : []),
    `Warnings: ${report.warnings.length}`,
    ...report.warnings
      .slice(0, LISTED_SKIPS)
      .map((s) => `  - ${s.origin}: ${s.reason}${s.detail ? ` (${s.detail})` : ""}`),
    `Regions: ${formatCounts(sortedCounts(counts.provinces), 12)}`,
    `Taxonomy: ${taxonomy.file}${taxonomy.name ? ` (${taxonomy.name})` : ""} · sha256 ${taxonomy.sha256} · ${taxonomy.themes.length} themes`,
    `Themes: ${formatCounts(sortedCounts(counts.themes), 15)}`,
  ];
  console.log(lines.join("\n"));
}
