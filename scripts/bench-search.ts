/**
 * npm run bench:search -- [--index DIR] [--queries 300] [--seed 3]
 * Loads the index (timed), then runs a fixed, seeded set of queries (1–3 vocabulary words, some
 * phrases and single characters, some in Traditional script, a quarter with date/source/region/
 * theme filters), each a full engine.search of one page (match + facets + snippets). Prints
 * p50/p95/p99 of wall time and of the process's CPU time per query (on a shared machine the CPU
 * time is the steadier figure), load time, index size on disk, RSS and the load average.
 * Figures only; nothing is asserted.
 */
import os from "node:os";
import path from "node:path";
import { parseArgs } from "node:util";
import * as OpenCC from "opencc-js";
import { loadSearchEngine } from "../lib/search/store/load-search-engine";
import { parseSearchState } from "../lib/search/query/search-state";
import {
  getDirectorySize,
  loadIndexDocs,
  loadVocabulary,
  percentile,
  pick,
  seededRandom,
} from "../lib/search/eval-sampling";
import { toRegionValue } from "../lib/article";

const { values } = parseArgs({
  options: {
    index: { type: "string", default: path.join("data", "index") },
    queries: { type: "string", default: "300" },
    seed: { type: "string", default: "3" },
  },
});
const dir = path.resolve(values.index);
const mb = (bytes: number) => `${(bytes / 2 ** 20).toFixed(0)} MiB`;

const rssBefore = process.memoryUsage().rss;
const loadStart = performance.now();
const engine = await loadSearchEngine(dir);
const loadMs = performance.now() - loadStart;
const rssLoaded = process.memoryUsage().rss;

const random = seededRandom(Number(values.seed));
const docs = await loadIndexDocs(dir);
const vocab = (await loadVocabulary(dir)).filter(([, n]) => n >= 3).map(([w]) => w);
const toTraditional = OpenCC.Converter({ from: "cn", to: "tw" });
const sources = [...new Set(docs.map((d) => d.source).filter((s): s is string => !!s))];
const regions = [
  ...new Set(
    docs
      .map((d) => (d.region ? toRegionValue(d.region).split("/")[0]! : null))
      .filter((s): s is string => !!s),
  ),
];
const themes = [...new Set(docs.flatMap((d) => d.themes.map((t) => t.name)))];
const years = [...new Set(docs.map((d) => d.date?.slice(0, 4)).filter((y): y is string => !!y))];

function makeQuery(): Record<string, string> {
  const n = 1 + Math.floor(random() * 3);
  let q = Array.from({ length: n }, () => pick(vocab, random)).join(" ");
  const roll = random();
  if (roll < 0.05) q = pick(vocab, random).slice(0, 1);
  else if (roll < 0.1) q = `"${q}"`;
  if (random() < 0.15) q = toTraditional(q);
  const params: Record<string, string> = { q };
  if (random() < 0.25) {
    const f = random();
    const year = pick(years, random);
    if (f < 0.4) Object.assign(params, { from: `${year}-01-01`, to: `${year}-12-31` });
    else if (f < 0.6 && sources.length) params.source = pick(sources, random);
    else if (f < 0.8 && regions.length) params.region = pick(regions, random);
    else if (themes.length) params.theme = pick(themes, random);
    else Object.assign(params, { from: `${year}-03-01`, to: `${year}-03-31` });
  }
  return params;
}

const queries = Array.from({ length: Math.max(200, Number(values.queries)) }, makeQuery);
// The article list and vocabulary read above to make queries live in this process too.
const rssQuerySet = process.memoryUsage().rss;
for (const p of queries.slice(0, 20)) engine.search(parseSearchState(p).state);
const timings: { ms: number; cpuMs: number; q: string; total: number }[] = [];
for (const p of queries) {
  const state = parseSearchState(p).state;
  const cpu = process.cpuUsage();
  const t = performance.now();
  const r = engine.search(state);
  const ms = performance.now() - t;
  const used = process.cpuUsage(cpu);
  timings.push({
    ms,
    cpuMs: (used.user + used.system) / 1000,
    q: new URLSearchParams(p).toString(),
    total: r.total,
  });
}
const sorted = timings.map((t) => t.ms).sort((a, b) => a - b);
const cpuSorted = timings.map((t) => t.cpuMs).sort((a, b) => a - b);
const figures = (xs: number[]) =>
  `p50 ${percentile(xs, 50).toFixed(1)} ms · p95 ${percentile(xs, 95).toFixed(1)} ms · p99 ${percentile(xs, 99).toFixed(1)} ms · max ${xs.at(-1)!.toFixed(1)} ms`;
console.log(
  `index ${dir}: ${engine.articleCount} articles, ${mb(await getDirectorySize(dir))} on disk`,
);
console.log(
  `load ${(loadMs / 1000).toFixed(2)} s · RSS before ${mb(rssBefore)}, after load ${mb(rssLoaded)}, with the bench's query-making data ${mb(rssQuerySet)}, after queries ${mb(process.memoryUsage().rss)}`,
);
console.log(
  `${timings.length} queries (search + facets + snippets, one page): wall ${figures(sorted)}`,
);
console.log(
  `  CPU time per query: ${figures(cpuSorted)} · load average ${os
    .loadavg()
    .map((x) => x.toFixed(2))
    .join(" ")}`,
);
console.log("slowest:");
for (const t of [...timings].sort((a, b) => b.ms - a.ms).slice(0, 5))
  console.log(
    `  ${t.ms.toFixed(1)} ms (CPU ${t.cpuMs.toFixed(1)} ms)  ${decodeURIComponent(t.q)}  (${t.total} results)`,
  );

// Unspaced two-word queries (武汉疫情防控 as typed) read exactly and as words, against the same
// strings quoted (exact only, the reading before word splitting) as the baseline in this run.
const unspaced = Array.from({ length: 100 }, () => pick(vocab, random) + pick(vocab, random));
const timeAll = (qs: string[]) =>
  qs
    .map((q) => {
      const t = performance.now();
      engine.search(parseSearchState({ q }).state);
      return performance.now() - t;
    })
    .sort((a, b) => a - b);
const quotedMs = timeAll(unspaced.map((q) => `"${q}"`));
const splitMs = timeAll(unspaced);
console.log(
  `${unspaced.length} unspaced two-word queries: quoted (exact only) ${figures(quotedMs)}; as typed (exact + all words) ${figures(splitMs)}`,
);

// Research views (issue 12's targets), on the same engine: a 5-query trend by month over the
// whole span, and the concordance (its lines and collocates) of a term in many articles.
const timeIt = (f: () => void, runs = 5) =>
  Array.from({ length: runs }, () => {
    const t = performance.now();
    f();
    return performance.now() - t;
  }).sort((a, b) => a - b);
const common = ["的", "中国", "发展", "习近平", "疫情"].map((q) => parseSearchState({ q }).state);
const trendMs = timeIt(() => engine.trends(common, "month"));
console.log(`trends of 5 common terms by month: ${figures(trendMs)}`);
// The concordance of words in about 20,000 articles each (the vocabulary's 5 two-character
// words nearest that count, or fewer on a small index), each timed cold: its first page by date
// (finding every occurrence), then its collocates (segmenting the context of each kept line),
// then its first page sorted on the right word (reusing those words), and a later page.
const kwicTerms = (await loadVocabulary(dir))
  .filter(([w, n]) => /^\p{Script=Han}{2}$/u.test(w) && n >= 1000)
  .sort((a, b) => Math.abs(a[1] - 20000) - Math.abs(b[1] - 20000))
  .slice(0, 6);
// The sixth warms the code up, as a running server is, and is not counted.
const warmUp = kwicTerms.pop();
if (warmUp) engine.collocates(parseSearchState({ q: warmUp[0] }).state);
const kwic = {
  first: [] as number[],
  collocates: [] as number[],
  right: [] as number[],
  later: [] as number[],
};
const lap = (into: number[], f: () => void) => {
  const t = performance.now();
  f();
  into.push(performance.now() - t);
};
const kwicArticles: string[] = [];
for (const [q] of kwicTerms) {
  const state = parseSearchState({ q }).state;
  lap(kwic.first, () => {
    const c = engine.concordance(state, { sort: "date", page: 1 });
    kwicArticles.push(`${q} (${c.articles} articles, ${c.occurrences} occurrences)`);
  });
  lap(kwic.collocates, () => engine.collocates(state));
  lap(kwic.right, () => engine.concordance(state, { sort: "right", page: 1 }));
  lap(kwic.later, () => engine.concordance(state, { sort: "date", page: 7 }));
}
const sortedMs = (xs: number[]) => [...xs].sort((a, b) => a - b);
console.log(`concordance of ${kwicArticles.join(", ")}, ${5000} lines kept each:`);
console.log(`  first page by date, cold: ${figures(sortedMs(kwic.first))}`);
console.log(`  collocates: ${figures(sortedMs(kwic.collocates))}`);
console.log(`  first page by right word: ${figures(sortedMs(kwic.right))}`);
console.log(`  page 7 by date: ${figures(sortedMs(kwic.later))}`);
