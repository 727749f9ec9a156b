/**
 * npm run eval:relevance -- [--index DIR] [--samples 300] [--seed 7]
 * Known-item relevance: for random articles with a title found nowhere else, a query is made
 *  - "title":    2–3 content words of the title (jieba words of ≥ 2 characters), space-separated;
 *  - "sentence": 3 content words of one random sentence of the body, space-separated;
 * and the rank of that article among the first 10 results is recorded (a near-duplicate collapsed
 * into a hit counts as found). Prints MRR@10 and recall@10 per query kind and overall.
 */
import path from "node:path";
import { parseArgs } from "node:util";
import { loadSearchEngine } from "../lib/search/load-search-engine";
import { parseSearchState } from "../lib/search/search-state";
import { loadIndexDocs, pick, pickOrdered, seededRandom } from "../lib/search/eval-sampling";
import { normalizeText } from "../lib/text/normalize";
import { segmentWords } from "../lib/text/segment";

const { values } = parseArgs({
  options: { index: { type: "string", default: path.join("data", "index") }, samples: { type: "string", default: "300" }, seed: { type: "string", default: "7" } },
});
const dir = path.resolve(values.index);
const engine = await loadSearchEngine(dir);
const docs = await loadIndexDocs(dir);
const titleCount = new Map<string, number>();
for (const d of docs) titleCount.set(d.title, (titleCount.get(d.title) ?? 0) + 1);
const candidates = docs.filter((d) => titleCount.get(d.title) === 1);
const random = seededRandom(Number(values.seed));

const CONTENT_WORD = /^[\p{Script=Han}\p{L}]{2,}$/u;
const contentWords = (text: string) => segmentWords(normalizeText(text)).filter((w) => CONTENT_WORD.test(w));

function makeQuery(kind: "title" | "sentence", id: string): string | null {
  const article = engine.getArticle(id);
  if (!article) return null;
  if (kind === "title") {
    const words = contentWords(article.title);
    return words.length >= 2 ? pickOrdered(words, 2 + Math.floor(random() * 2), random).join(" ") : null;
  }
  const sentences = article.body.split(/[。！？\n]/).filter((s) => s.length >= 15);
  if (sentences.length === 0) return null;
  const words = contentWords(pick(sentences, random));
  return words.length >= 3 ? pickOrdered(words, 3, random).join(" ") : null;
}

const results: Record<string, { rr: number[]; examples: string[] }> = { title: { rr: [], examples: [] }, sentence: { rr: [], examples: [] } };
const samples = Number(values.samples);
for (const kind of ["title", "sentence"] as const) {
  while (results[kind]!.rr.length < samples) {
    const doc = pick(candidates, random);
    const q = makeQuery(kind, doc.id);
    if (!q) continue;
    const r = engine.search(parseSearchState({ q, size: "10" }).state);
    const rank = r.hits.findIndex((h) => h.id === doc.id || h.similar.some((s) => s.id === doc.id));
    results[kind]!.rr.push(rank < 0 ? 0 : 1 / (rank + 1));
    if (rank !== 0 && results[kind]!.examples.length < 8) results[kind]!.examples.push(`${q} → ${rank < 0 ? "miss" : `#${rank + 1}`} (${r.total} results) ${doc.title}`);
  }
}
const mean = (xs: number[]) => xs.reduce((a, b) => a + b, 0) / xs.length;
const all = [...results.title!.rr, ...results.sentence!.rr];
for (const [kind, r] of Object.entries(results)) {
  console.log(`${kind.padEnd(8)} MRR@10 ${mean(r.rr).toFixed(3)}  recall@10 ${mean(r.rr.map((x) => (x > 0 ? 1 : 0))).toFixed(3)}  (n=${r.rr.length})`);
}
console.log(`overall  MRR@10 ${mean(all).toFixed(3)}  recall@10 ${mean(all.map((x) => (x > 0 ? 1 : 0))).toFixed(3)}  (n=${all.length}, ${candidates.length} articles with unique titles)`);
for (const [kind, r] of Object.entries(results)) if (r.examples.length) console.log(`\n${kind} queries not ranked first:\n  ${r.examples.join("\n  ")}`);
