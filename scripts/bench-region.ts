/**
 * Speed of region extraction on the xwlb transcripts (title + text), one core.
 *
 *   npx tsx scripts/bench-region.ts [path/to/xwlb.jsonl.gz] [max records]
 *
 * Prints articles/s and characters/s for extractRegion alone (the file is read and parsed first),
 * and how the results spread over province / city / county / 全国 / none.
 */
import { readFileSync } from "node:fs";
import { gunzipSync } from "node:zlib";
import { z } from "zod";
import { extractRegion } from "../lib/region/extract-region";
import { XWLB_CORPUS } from "./shared-corpus";

const DEFAULT_PATH = XWLB_CORPUS;
const recordSchema = z.object({ title: z.string(), text: z.string() });

const inputPath = process.argv[2] ?? DEFAULT_PATH;
const limit = Number(process.argv[3] ?? Infinity);
const raw = readFileSync(inputPath);
const lines = (inputPath.endsWith(".gz") ? gunzipSync(raw) : raw).toString("utf8").split("\n");
const records: { title: string; text: string }[] = [];
for (const line of lines) {
  if (records.length >= limit) break;
  if (line.trim() !== "") records.push(recordSchema.parse(JSON.parse(line)));
}

extractRegion({ title: "预热", body: "" }); // loads the gazetteer outside the timing
const counts = { county: 0, city: 0, province: 0, nationwide: 0, none: 0 };
let chars = 0;
const started = performance.now();
for (const r of records) {
  chars += r.title.length + r.text.length;
  const region = extractRegion({ title: r.title, body: r.text });
  if (!region) counts.none++;
  else if (region.code === "000000") counts.nationwide++;
  else if (region.county) counts.county++;
  else if (region.city) counts.city++;
  else counts.province++;
}
const seconds = (performance.now() - started) / 1000;
console.log(`records: ${records.length}, characters: ${(chars / 1e6).toFixed(1)} M`);
console.log(
  `time: ${seconds.toFixed(1)} s = ${Math.round(records.length / seconds)} articles/s, ` +
    `${(chars / 1e6 / seconds).toFixed(2)} M chars/s`,
);
console.log(`results: ${JSON.stringify(counts)}`);
