/**
 * Near-duplicate grouping against exact shingle Jaccard on the dxy news feed (the same stories
 * reposted by several outlets, and daily reports made from one template).
 *
 *   npm run eval:duplicates [-- path/to/dxy-news-2020.jsonl]
 *
 * A true pair: exact Jaccard of 4-character shingles ≥ 0.75, lengths within a third, at most 3 days
 * apart. Prints the share of true pairs grouped together (recall), the share of grouped pairs that
 * are similar (exact Jaccard ≥ 0.6; a group may chain), and the template pairs kept apart by date.
 */
import { readFileSync } from "node:fs";
import { z } from "zod";
import { findNearDuplicates, NEAR_DUPLICATE } from "../lib/search/store/near-duplicates";
import { normalizeText } from "../lib/text/normalize";
import { DXY_CORPUS } from "./shared-corpus";

const rowSchema = z.object({ title: z.string(), summary: z.string(), date: z.string() });
const rows = readFileSync(process.argv[2] ?? DXY_CORPUS, "utf8")
  .split("\n")
  .filter((line) => line.trim() !== "")
  .map((line) => rowSchema.parse(JSON.parse(line)));
const bodies = rows.map((r) => normalizeText(r.summary));
const dates = rows.map((r) => r.date.slice(0, 10));

const shingles = bodies.map((body) => {
  const s = body.replace(/[\s\p{P}]/gu, "");
  const set = new Set<string>();
  const n = NEAR_DUPLICATE.shingle;
  for (let i = 0; i + n <= s.length; i++) set.add(s.slice(i, i + n));
  return s.length >= NEAR_DUPLICATE.minChars ? set : null;
});
function jaccard(a: number, b: number): number {
  const [x, y] = [shingles[a]!, shingles[b]!];
  let shared = 0;
  for (const g of x) if (y.has(g)) shared++;
  return shared / (x.size + y.size - shared);
}
const daysApart = (a: number, b: number) =>
  Math.abs(Date.parse(dates[a]!) - Date.parse(dates[b]!)) / 86_400_000;

// Every pair sharing a shingle, checked exactly.
const postings = new Map<string, number[]>();
shingles.forEach((set, d) =>
  set?.forEach((g) => {
    const list = postings.get(g);
    if (list) list.push(d);
    else postings.set(g, [d]);
  }),
);
const truePairs: [number, number][] = [];
let templatePairs = 0;
for (let a = 0; a < bodies.length; a++) {
  const others = new Set<number>();
  for (const g of shingles[a] ?? []) for (const b of postings.get(g)!) if (b > a) others.add(b);
  for (const b of others) {
    const [la, lb] = [bodies[a]!.length, bodies[b]!.length];
    if (Math.min(la, lb) / Math.max(la, lb) < NEAR_DUPLICATE.minLengthRatio) continue;
    if (jaccard(a, b) < NEAR_DUPLICATE.minJaccard) continue;
    if (daysApart(a, b) > NEAR_DUPLICATE.maxDaysApart) templatePairs++;
    else truePairs.push([a, b]);
  }
}

const started = performance.now();
const groups = findNearDuplicates(bodies, dates);
const ms = performance.now() - started;
const groupOf = new Map<number, number>();
groups.forEach((g, i) => g.forEach((d) => groupOf.set(d, i)));
const together = truePairs.filter(([a, b]) => groupOf.has(a) && groupOf.get(a) === groupOf.get(b));
let grouped = 0;
let similar = 0;
for (const g of groups)
  for (let i = 0; i < g.length; i++)
    for (let j = i + 1; j < g.length; j++) {
      grouped++;
      if (jaccard(g[i]!, g[j]!) >= 0.6) similar++;
    }
const pct = (n: number, of: number) => `${of ? ((100 * n) / of).toFixed(1) : "–"} %`;
console.log(`articles: ${rows.length}, groups: ${groups.length} (${ms.toFixed(0)} ms)`);
console.log(
  `true pairs grouped together: ${together.length}/${truePairs.length} = ${pct(together.length, truePairs.length)}`,
);
console.log(`grouped pairs that are similar: ${similar}/${grouped} = ${pct(similar, grouped)}`);
console.log(`same-template pairs more than 3 days apart, kept apart: ${templatePairs}`);
