/**
 * Extraction accuracy on real pages against hand-checked truth.
 *
 *   npm run eval:extract [-- PAGES_DIR TRUTH.jsonl] [--quiet]
 *
 * Ingests the pages with the normal pipeline (the one `npm run index` runs), matches each article to
 * its truth row by file name and prints every mismatch (want vs got), per-field accuracy and the
 * pages per second of the pipeline. Default: the development set in ../shared/corpus/pages.
 */
import fs from "node:fs";
import path from "node:path";
import { parseArgs } from "node:util";
import type { Article } from "../lib/article";
import { IngestReport } from "../lib/ingest/ingest-report";
import { ingestPaths } from "../lib/ingest/ingest";
import {
  EXTRACTION_FIELDS,
  scoreArticle,
  truthRowSchema,
  type FieldResult,
} from "../lib/eval/score-extraction";
import { PAGES_CORPUS, PAGES_TRUTH } from "./shared-corpus";

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: { quiet: { type: "boolean", default: false } },
});
const pagesDir = positionals[0] ?? PAGES_CORPUS;
const truthFile =
  positionals[1] ?? (positionals[0] ? path.join(pagesDir, "..", "truth.jsonl") : PAGES_TRUTH);
for (const p of [pagesDir, truthFile]) {
  if (!fs.existsSync(p)) {
    console.error(
      `eval:extract: ${p} does not exist (usage: npm run eval:extract -- PAGES_DIR TRUTH.jsonl)`,
    );
    process.exit(1);
  }
}

const truth = fs
  .readFileSync(truthFile, "utf8")
  .split("\n")
  .filter((line) => line.trim())
  .map((line) => truthRowSchema.parse(JSON.parse(line)));

const report = new IngestReport();
const byFile = new Map<string, Article>();
const started = performance.now();
for await (const article of ingestPaths([pagesDir], report)) {
  byFile.set(path.basename(article.origin), article);
}
const seconds = (performance.now() - started) / 1000;

const tally = new Map<string, { ok: number; total: number }>();
const misses: string[] = [];
for (const row of truth) {
  const results: FieldResult[] = scoreArticle(row, byFile.get(row.file) ?? null);
  for (const r of results) {
    const t = tally.get(r.field) ?? { ok: 0, total: 0 };
    t.total++;
    if (r.ok) t.ok++;
    else misses.push(`${row.file}\t${r.field}\n    want ${r.want}\n    got  ${r.got}`);
    tally.set(r.field, t);
  }
}

if (!values.quiet) {
  console.log(`mismatches: ${misses.length}`);
  for (const line of misses) console.log(line);
  for (const s of report.skipped) console.log(`skipped ${s.origin}: ${s.reason} ${s.detail ?? ""}`);
  console.log("");
}
const pct = (n: number, d: number): string => `${((100 * n) / Math.max(d, 1)).toFixed(1)} %`;
console.log(`pages: ${truth.length} in truth, ${byFile.size} articles extracted from ${pagesDir}`);
for (const field of EXTRACTION_FIELDS) {
  const t = tally.get(field) ?? { ok: 0, total: 0 };
  console.log(`${field.padEnd(16)} ${String(t.ok).padStart(3)}/${t.total}  ${pct(t.ok, t.total)}`);
}
console.log(
  `time: ${seconds.toFixed(2)} s for ${report.files} files (${(report.files / seconds).toFixed(1)} pages/s, one thread, jieba and gazetteer load included)`,
);
