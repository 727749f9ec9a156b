/**
 * Region extraction against the dxy news feed's `province` labels.
 *
 *   npm run eval:region [-- path/to/dxy-news-2020.jsonl]
 *
 * The extractor sees only title + summary (the label is hidden). Prints province-level accuracy on
 * labelled rows (全国 counts as a value), how often it names a region on unlabelled rows, and every
 * disagreement.
 */
import { readFileSync } from "node:fs";
import { z } from "zod";
import { extractRegion } from "../lib/region/extract-region";
import { toRegionPath } from "../lib/region/to-region-path";
import { DXY_CORPUS } from "./shared-corpus";

const DEFAULT_PATH = DXY_CORPUS;
const rowSchema = z.object({
  id: z.string(),
  title: z.string(),
  summary: z.string(),
  province: z.string(),
});
const CJK = /[\u4e00-\u9fff]/;

const inputPath = process.argv[2] ?? DEFAULT_PATH;
const rows = readFileSync(inputPath, "utf8")
  .split("\n")
  .filter((line) => line.trim() !== "")
  .map((line) => rowSchema.parse(JSON.parse(line)));

let labelled = 0;
let correct = 0;
let unlabelled = 0;
let named = 0;
let englishNamed = 0;
let english = 0;
const disagreements: string[] = [];
const started = performance.now();
for (const row of rows) {
  const predicted = extractRegion({ title: row.title, body: row.summary });
  const isEnglish = !CJK.test(row.title + row.summary);
  if (isEnglish) {
    english++;
    if (predicted) englishNamed++;
  }
  if (row.province === "") {
    unlabelled++;
    if (predicted) named++;
    continue;
  }
  labelled++;
  const label = toRegionPath(row.province);
  if (label && predicted && label.province === predicted.province) {
    correct++;
    continue;
  }
  const shown = predicted
    ? [predicted.province, predicted.city, predicted.county].filter(Boolean).join("›")
    : "—";
  disagreements.push(`${row.id}\t${row.province}\t${shown}\t${row.title}`);
}
const seconds = (performance.now() - started) / 1000;

const pct = (n: number, d: number): string => `${((100 * n) / Math.max(d, 1)).toFixed(1)} %`;
console.log(`disagreements (id, label, predicted, title): ${disagreements.length}`);
for (const line of disagreements) console.log(line);
console.log("");
console.log(`rows: ${rows.length} (${english} English)`);
console.log(`labelled: ${labelled}, province correct: ${correct} = ${pct(correct, labelled)}`);
console.log(`unlabelled: ${unlabelled}, named a region: ${named} = ${pct(named, unlabelled)}`);
console.log(`English rows naming a region: ${englishNamed} of ${english}`);
console.log(
  `time: ${seconds.toFixed(2)} s (${Math.round(rows.length / seconds)} rows/s, gazetteer load included)`,
);
