/**
 * npm run search -- "query" [--index DIR] [--region 浙江省] [--from 2020-03-01 --to 2020-03-31]
 *   [--theme 复工复产] [--source X] [--sort newest] [--page 2] [--size 20] [--json]
 * Prints results with snippets (hits in 【】) and facets; --json prints exactly the SearchResponse
 * the API returns. The state is built by parseSearchState, like the page and the API.
 */
import path from "node:path";
import { parseArgs } from "node:util";
import { loadSearchEngine } from "../lib/search/store/load-search-engine";
import { parseSearchState } from "../lib/search/query/search-state";
import type { FacetValue, RegionFacetNode, SearchResponse, Segment } from "../lib/search/types";

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    index: { type: "string", default: process.env.XUNWEN_INDEX_DIR ?? path.join("data", "index") },
    region: { type: "string", multiple: true },
    theme: { type: "string", multiple: true },
    source: { type: "string", multiple: true },
    from: { type: "string" },
    to: { type: "string" },
    sort: { type: "string" },
    page: { type: "string" },
    size: { type: "string" },
    json: { type: "boolean", default: false },
  },
});

const mark = (segs: Segment[]) => segs.map((s) => (s.hit ? `【${s.text}】` : s.text)).join("");
const list = (vals: FacetValue[], n = 10) =>
  vals
    .slice(0, n)
    .map((v) => `${v.value} ${v.count}`)
    .join(" · ");
const regions = (nodes: RegionFacetNode[], depth = 0): string[] =>
  nodes
    .slice(0, 8)
    .flatMap((n) => [
      `${"  ".repeat(depth + 1)}${n.name} ${n.count}`,
      ...(depth < 1 ? regions(n.children, depth + 1) : []),
    ]);

function printText(r: SearchResponse): void {
  console.log(`共 ${r.total} 条 · 第 ${r.state.page} 页 · ${r.tookMs} ms · 排序 ${r.state.sort}`);
  for (const t of r.splitTerms)
    console.log(
      `${t.display} 按词语 ${t.words.join(" ")}: ${r.exact} 条完全匹配，另有 ${r.total - (r.exact ?? 0)} 条包含全部词语`,
    );
  console.log();
  r.hits.forEach((h, i) => {
    const where = h.region
      ? [h.region.province, h.region.city, h.region.county].filter(Boolean).join("/")
      : "";
    console.log(`${(r.state.page - 1) * r.state.size + i + 1}. ${mark(h.title)}`);
    console.log(
      `   ${[h.date ?? "日期不详", h.source, where, h.themes.map((t) => t.name).join("、")].filter(Boolean).join(" · ")}  [${h.id}] ${h.score || ""}`,
    );
    for (const s of h.snippets) console.log(`   ${mark(s)}`);
    if (h.similar.length)
      console.log(
        `   相似 ${h.similar.length} 篇: ${h.similar.map((s) => `${s.title} (${s.source ?? "?"})`).join("; ")}`,
      );
    console.log();
  });
  if (r.emptyTerms.length) console.log(`无结果的词: ${r.emptyTerms.join("、")}`);
  if (r.relaxation)
    console.log(
      `放宽建议: ${r.relaxation.kept ? `只搜 ${r.relaxation.kept}，` : ""}去掉 ${r.relaxation.dropped} → ${r.relaxation.total} 条 (q=${r.relaxation.state.q})`,
    );
  const f = r.facets;
  console.log("— 分面 —");
  if (f.region.length) console.log(`地区:\n${regions(f.region).join("\n")}`);
  if (f.theme.length) console.log(`主题: ${list(f.theme)}`);
  if (f.source.length) console.log(`来源: ${list(f.source)}`);
  console.log(
    `日期 (${f.date.granularity}): ${list(f.date.buckets, 40)}${f.date.unknown ? ` · 不详 ${f.date.unknown}` : ""}`,
  );
}

const raw: Record<string, string | string[] | undefined> = {
  q: positionals.join(" "),
  region: values.region,
  theme: values.theme,
  source: values.source,
  from: values.from,
  to: values.to,
  sort: values.sort,
  page: values.page,
  size: values.size,
};
const { state, notices } = parseSearchState(raw);
for (const n of notices) console.error(`提示: ${n}`);
try {
  const engine = await loadSearchEngine(path.resolve(values.index));
  const response = engine.search(state);
  if (values.json) console.log(JSON.stringify(response, null, 2));
  else printText(response);
} catch (e) {
  console.error((e as Error).message);
  process.exit(1);
}
