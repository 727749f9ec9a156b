/**
 * npm run eval:recall -- [--index DIR] [--samples 1000] [--seed 1]
 * Grep-equivalence check: cut random 2–6-character substrings from random articles' normalised
 * text and search for each through the public engine API; the article must be among the results.
 * The search is narrowed to the article's publication day (a date filter), so that membership
 * can be checked across all pages even for very common strings. Target: 100 %.
 */
import path from "node:path";
import { parseArgs } from "node:util";
import { loadSearchEngine } from "../lib/search/store/load-search-engine";
import { parseSearchState } from "../lib/search/query/search-state";
import { pick, loadIndexDocs, seededRandom } from "../lib/search/eval-sampling";
import { normalizeText } from "../lib/text/normalize";

const { values } = parseArgs({
  options: {
    index: { type: "string", default: path.join("data", "index") },
    samples: { type: "string", default: "1000" },
    seed: { type: "string", default: "1" },
  },
});
const dir = path.resolve(values.index);
const engine = await loadSearchEngine(dir);
const docs = (await loadIndexDocs(dir)).filter((d) => d.date);
const random = seededRandom(Number(values.seed));
// Substrings with whitespace or query syntax would not be one plain term.
const PLAIN = /^[^\s"“”|\-]+$/u;

const byLength = new Map<number, { tried: number; found: number }>();
const misses: string[] = [];
let tried = 0;
let found = 0;
while (tried < Number(values.samples)) {
  const doc = pick(docs, random);
  const article = engine.getArticle(doc.id);
  if (!article) continue;
  const text = normalizeText(random() < 0.1 ? article.title : article.body);
  const len = 2 + Math.floor(random() * 5);
  if (text.length < len) continue;
  const start = Math.floor(random() * (text.length - len + 1));
  const q = text.slice(start, start + len);
  if (!PLAIN.test(q) || q === "or") continue;
  tried++;
  const stats = byLength.get(len) ?? { tried: 0, found: 0 };
  stats.tried++;
  byLength.set(len, stats);
  let ok = false;
  for (let page = 1; !ok; page++) {
    const r = engine.search(
      parseSearchState({ q, from: doc.date!, to: doc.date!, size: "100", page: String(page) })
        .state,
    );
    ok = r.hits.some((h) => h.id === doc.id || h.similar.some((s) => s.id === doc.id));
    if (page * 100 >= r.total) break;
  }
  if (ok) {
    found++;
    stats.found++;
  } else if (misses.length < 20) misses.push(`${q} → ${doc.id}`);
}
console.log(
  `recall: ${found}/${tried} = ${((100 * found) / tried).toFixed(2)} % of substrings find their article`,
);
for (const [len, s] of [...byLength].sort((a, b) => a[0] - b[0]))
  console.log(`  length ${len}: ${s.found}/${s.tried}`);
if (misses.length) console.log(`misses:\n  ${misses.join("\n  ")}`);
