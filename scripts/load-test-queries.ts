/**
 * The load test's request mix: API and server-rendered page, with and without filters, common and
 * rare terms, including queries that match nearly everything (的, 中国, 疫情). Article pages are
 * added once ids are known.
 */

export const HEAVY_QUERIES = ["的", "中国", "疫情"];

const COMMON = [
  "的",
  "中国",
  "疫情",
  "经济 发展",
  "习近平 会见",
  "两会",
  "國務院 常務會議",
  "改革 | 开放",
];
const RARE = [
  "嫦娥五号",
  "冬奥会 单板滑雪",
  "量子通信",
  '"一带一路" 合作 -美国',
  "新冠 | 非典",
  "温州东大门",
  "核酸检测 方舱",
];
const FILTERS = [
  "",
  "&region=%E5%8C%97%E4%BA%AC%E5%B8%82", // 北京市
  "&region=%E6%B9%96%E5%8C%97%E7%9C%81", // 湖北省
  "&from=2020-01-01&to=2020-06-30",
  "&sort=newest&page=3",
  "&from=2015-01-01&to=2015-12-31&sort=oldest",
];

/** Every (query × filter) pair as an API path and as a page path, in a fixed interleaved order. */
export function buildRequestPaths(articleIds: string[]): string[] {
  const paths: string[] = [];
  const queries = [...COMMON, ...RARE];
  queries.forEach((q, i) => {
    for (const [j, f] of FILTERS.entries()) {
      const query = `q=${encodeURIComponent(q)}${f}`;
      paths.push((i + j) % 2 ? `/api/search?${query}` : `/?${query}`);
    }
  });
  paths.push(
    ...articleIds.map((id) => `/article/${encodeURIComponent(id)}?q=${encodeURIComponent("中国")}`),
  );
  paths.push(...["中", "疫情", "一带"].map((p) => `/api/suggest?q=${encodeURIComponent(p)}`));
  // Interleave so that every stretch of the run sees every kind of request.
  return paths
    .map((p, i) => ({ p, k: (i * 7919) % paths.length }))
    .sort((a, b) => a.k - b.k)
    .map((x) => x.p);
}

/** The heavy queries as measured one by one: plain (all facets) and with a region + date filter. */
export function heavyQueryPaths(): { label: string; path: string }[] {
  return HEAVY_QUERIES.flatMap((q) => [
    { label: `${q}`, path: `/api/search?q=${encodeURIComponent(q)}` },
    {
      label: `${q} +filters`,
      path: `/api/search?q=${encodeURIComponent(q)}${FILTERS[2]}${FILTERS[3]}`,
    },
  ]);
}

export function percentile(sorted: number[], p: number): number {
  if (!sorted.length) return NaN;
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!;
}
