import { existsSync } from "node:fs";
import { mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { parseArgs } from "node:util";
import { XWLB_CORPUS } from "../shared-corpus";
import autocannon from "autocannon";
import { writeSearchIndex } from "../../lib/search/store/write-search-index";
import { getBenchArticles } from "./articles";
import { HOST, ensureNextBuild, getTreeRssMb, startServer } from "./http-server";
import { replaceSection } from "./write-doc";

/**
 * `npm run bench:http [-- --index DIR | --corpus PATH --limit N] [--duration S] [--out FILE]`
 * Drives the production server with autocannon on loopback only: /api/search?q=… and the
 * server-rendered page /?q=…, at concurrency 1, 8 and 32, rotating through a fixed query list.
 */

const { values } = parseArgs({
  options: {
    index: { type: "string" },
    corpus: { type: "string", default: XWLB_CORPUS },
    limit: { type: "string", default: "10000" },
    duration: { type: "string", default: "10" },
    out: { type: "string" },
  },
});
const root = process.cwd();
const QUERIES = [
  "中国",
  "经济 发展",
  "习近平 会见",
  "疫情防控",
  "脱贫攻坚",
  "一带一路 合作",
  "國務院 常務會議",
  "乡村振兴",
  "长江 保护",
  "航天",
  "人工智能",
  "复工复产",
  "两会",
  "冬奥会",
  "生态 文明 建设",
  "新冠 疫苗",
  "改革开放",
];
const PATHS = {
  "/api/search": (q: string) => `/api/search?q=${encodeURIComponent(q)}`,
  "/ (page)": (q: string) => `/?q=${encodeURIComponent(q)}`,
};

async function prepareIndex(): Promise<{ dir: string; note: string; temp: boolean }> {
  const given =
    values.index ??
    (existsSync(path.join(root, "data/index")) ? path.join(root, "data/index") : null);
  if (given) return { dir: given, note: `index ${given}`, temp: false };
  const dir = await mkdtemp(path.join(os.tmpdir(), "xunwen-http-index-"));
  const { articles } = await getBenchArticles(values.corpus, Number(values.limit));
  await writeSearchIndex(articles, dir);
  return {
    dir,
    note: `temporary index of the first ${articles.length} articles of ${values.corpus}`,
    temp: true,
  };
}

const index = await prepareIndex();
ensureNextBuild(root);
const server = await startServer(root, index.dir);
const pid = server.child.pid ?? 0;
const rows: string[] = [];
try {
  for (const [label, toPath] of Object.entries(PATHS)) {
    const requests = QUERIES.map((q) => ({ method: "GET" as const, path: toPath(q) }));
    await autocannon({ url: server.base, connections: 1, amount: QUERIES.length * 2, requests }); // warm-up
    for (const connections of [1, 8, 32]) {
      const before = getTreeRssMb(pid);
      const r = await autocannon({
        url: server.base,
        connections,
        duration: Number(values.duration),
        requests,
        timeout: 30,
      });
      const after = getTreeRssMb(pid);
      const row = `| ${label} | ${connections} | ${r.requests.average.toFixed(1)} | ${r.latency.p50} | ${r.latency.p99} | ${r.errors} | ${r.non2xx} | ${before.toFixed(0)} | ${after.toFixed(0)} |`;
      console.error(row);
      rows.push(row);
    }
  }
} finally {
  await server.stop();
  if (index.temp) await rm(index.dir, { recursive: true, force: true });
}

const section = `## HTTP (production server)

\`npm run bench:http\` on ${new Date().toISOString().slice(0, 10)}: \`next start\` on ${HOST}, ${index.note};
autocannon for ${values.duration} s per row, rotating through ${QUERIES.length} queries; RSS = VmRSS of the server process tree.

| endpoint | concurrency | requests/s | p50 ms | p99 ms | errors | non-2xx | RSS before MB | RSS after MB |
|---|---:|---:|---:|---:|---:|---:|---:|---:|
${rows.join("\n")}
`;
console.log(section);
if (values.out) {
  const previous = existsSync(values.out) ? await readFile(values.out, "utf8") : "";
  await writeFile(values.out, replaceSection(previous, section));
}
