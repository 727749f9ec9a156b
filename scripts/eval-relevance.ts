/**
 * npm run eval:relevance -- [--index DIR] [--samples 300] [--seed 7]
 * Known-item relevance: for random articles whose title occurs nowhere else, a query is made
 *  - "title":    2–3 distinct Han content words (jieba, ≥ 2 characters) of the title, in random order;
 *  - "sentence": one sentence of the body (8–40 characters, query syntax characters removed),
 *    as typed — the two kinds named in the issue, which make up the headline MRR@10;
 *  - "sentence-words" (diagnostic, harder): 3 content words of one body sentence, in order;
 * and the rank of that article among the first 10 results is recorded (a near-duplicate collapsed
 * into a hit counts as found). Prints MRR@10 and recall@10 per kind and for title + sentence.
 */
import path from "node:path";
import { parseArgs } from "node:util";
import { loadSearchEngine } from "../lib/search/store/load-search-engine";
import { parseSearchState } from "../lib/search/query/search-state";
import { loadIndexDocs, pick, pickOrdered, seededRandom } from "../lib/search/eval-sampling";
import { normalizeText } from "../lib/text/normalize";
import { segmentWords } from "../lib/text/segment";

const { values } = parseArgs({
  options: {
    index: { type: "string", default: path.join("data", "index") },
    samples: { type: "string", default: "300" },
    seed: { type: "string", default: "7" },
  },
});
const dir = path.resolve(values.index);
const engine = await loadSearchEngine(dir);
const docs = await loadIndexDocs(dir);
const titleCount = new Map<string, number>();
for (const d of docs) titleCount.set(d.title, (titleCount.get(d.title) ?? 0) + 1);
const candidates = docs.filter((d) => titleCount.get(d.title) === 1);
const random = seededRandom(Number(values.seed));

const CONTENT_WORD = /^\p{Script=Han}{2,}$/u;
const contentWords = (text: string) => [
  ...new Set(segmentWords(normalizeText(text)).filter((w) => CONTENT_WORD.test(w))),
];
const shuffled = <T>(items: T[]) =>
  items
    .map((x) => [random(), x] as const)
    .sort((a, b) => a[0] - b[0])
    .map(([, x]) => x);
const toSentences = (body: string) =>
  body
    .split(/[。！？!?\n]/)
    .map((s) =>
      s
        .replace(/["|“”]/g, " ")
        .replace(/(^|\s)-+/g, "$1")
        .replace(/^[\s\-，,：:（）()]+|[\s，,：:（）()]+$/g, ""),
    )
    .filter((s) => s.length >= 8 && s.length <= 40);

type Kind = "title" | "sentence" | "sentence-words";

function makeQuery(kind: Kind, id: string): string | null {
  const article = engine.getArticle(id);
  if (!article) return null;
  if (kind === "title") {
    const words = contentWords(article.title);
    return words.length >= 2
      ? shuffled(words)
          .slice(0, 2 + Math.floor(random() * 2))
          .join(" ")
      : null;
  }
  const sentences = toSentences(article.body);
  if (sentences.length === 0) return null;
  if (kind === "sentence") return pick(sentences, random);
  const words = contentWords(pick(sentences, random));
  return words.length >= 3 ? pickOrdered(words, 3, random).join(" ") : null;
}

const kinds: Kind[] = ["title", "sentence", "sentence-words"];
const results = Object.fromEntries(
  kinds.map((k) => [k, { rr: [] as number[], examples: [] as string[] }]),
);
const samples = Number(values.samples);
for (const kind of kinds) {
  while (results[kind]!.rr.length < samples) {
    const doc = pick(candidates, random);
    const q = makeQuery(kind, doc.id);
    if (!q) continue;
    const r = engine.search(parseSearchState({ q, size: "10" }).state);
    const rank = r.hits.findIndex((h) => h.id === doc.id || h.similar.some((s) => s.id === doc.id));
    results[kind]!.rr.push(rank < 0 ? 0 : 1 / (rank + 1));
    if (rank !== 0 && results[kind]!.examples.length < 8)
      results[kind]!.examples.push(
        `${q} → ${rank < 0 ? "miss" : `#${rank + 1}`} (${r.total} results) ${doc.title}`,
      );
  }
}
const mean = (xs: number[]) => xs.reduce((a, b) => a + b, 0) / xs.length;
const all = [...results.title!.rr, ...results.sentence!.rr];
for (const [kind, r] of Object.entries(results)) {
  console.log(
    `${kind.padEnd(14)} MRR@10 ${mean(r.rr).toFixed(3)}  recall@10 ${mean(r.rr.map((x) => (x > 0 ? 1 : 0))).toFixed(3)}  (n=${r.rr.length})`,
  );
}
console.log(
  `title+sentence MRR@10 ${mean(all).toFixed(3)}  recall@10 ${mean(all.map((x) => (x > 0 ? 1 : 0))).toFixed(3)}  (n=${all.length}, ${candidates.length} articles with unique titles)`,
);
for (const [kind, r] of Object.entries(results))
  if (r.examples.length)
    console.log(`\n${kind} queries not ranked first:\n  ${r.examples.join("\n  ")}`);
