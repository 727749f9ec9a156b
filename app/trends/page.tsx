import type { Metadata } from "next";
import { toUrlSearchParams } from "@/lib/ui/raw-params";
import { BackToResults } from "@/app/components/layout/back-to-results";
import { OPTION_LINK, OptionLinks } from "@/app/components/layout/option-links";
import { TrendsForm } from "@/app/components/trends/trends-form";
import { TrendsBreakdown } from "@/app/components/trends/trends-breakdown";
import { TrendsChart } from "@/app/components/trends/trends-chart";
import { TrendsTable } from "@/app/components/trends/trends-table";
import { renderTrendsSvg, type TrendMeasure } from "@/lib/charts/render-trends-svg";
import type { TrendPeriod } from "@/lib/search/present/trends";
import { parseTrendQueries } from "@/lib/search/query/trend-queries";
import { getSearchEngine } from "@/lib/search/serve/get-search-engine";
import { SITE_NAME } from "@/lib/ui/describe-state";
import { buildPeriodSearchHref, buildTrendsDataHref, buildTrendsHref } from "@/lib/ui/trends-links";
import type { RawSearchParams } from "../load-search";

export const dynamic = "force-dynamic";

type Props = { searchParams: Promise<RawSearchParams> };

export async function generateMetadata({ searchParams }: Props): Promise<Metadata> {
  const { states } = parseTrendQueries(toUrlSearchParams(await searchParams));
  const what = states.map((s) => `“${s.q}”`).join(" · ");
  return { title: { absolute: `${what ? `${what} 的趋势` : "趋势"} — ${SITE_NAME}` } };
}

const MEASURES: [TrendMeasure, string][] = [
  ["share", "占比"],
  ["count", "篇数"],
];

const PERIODS: [TrendPeriod, string][] = [
  ["day", "日"],
  ["week", "周"],
  ["month", "月"],
  ["year", "年"],
];

/** /trends?q=A&q=B: matches over time for up to 5 queries, as a share of all articles or as counts. */
export default async function TrendsPage({ searchParams }: Props) {
  const raw = await searchParams;
  const { states, by, notices } = parseTrendQueries(toUrlSearchParams(raw));
  const measure: TrendMeasure = raw.measure === "count" ? "count" : "share";
  const engine = await getSearchEngine();
  const t = states.length > 0 ? engine.trends(states, by) : null;
  // Every article counts, as in the chart: reposts are not collapsed here.
  const responses = states.map((s) => engine.search({ ...s, page: 1, size: 1, dup: "all" }));
  const hrefOf = (q: string, label: string) =>
    buildPeriodSearchHref(
      states.find((s) => s.q === q)!,
      t!.by,
      label,
    );
  const charts =
    t && t.periods.length > 0
      ? {
          wide: renderTrendsSvg(t, measure, hrefOf),
          narrow: renderTrendsSvg(t, measure, hrefOf, 330, 300),
        }
      : null;
  return (
    <div className="mx-auto max-w-6xl px-4 py-6 sm:px-6">
      {states[0] && <BackToResults state={states[0]} />}
      <h1 className="mt-2 text-xl font-semibold text-stone-900">趋势</h1>
      {notices.length > 0 && <p className="mt-2 text-sm text-amber-800">{notices.join("；")}</p>}
      <TrendsForm queries={states.map((s) => s.q)} />
      {t && (
        <>
          <div className="mt-4 flex flex-wrap items-center gap-2 text-sm">
            <OptionLinks
              label="时间单位"
              options={PERIODS.map(([value, label]) => ({
                key: value,
                label: `按${label}`,
                href: buildTrendsHref(states, value, measure),
                current: value === t.by,
              }))}
            />
            <OptionLinks
              label="度量"
              options={MEASURES.map(([value, label]) => ({
                key: value,
                label,
                href: buildTrendsHref(states, by, value),
                current: value === measure,
              }))}
            />
            <a href={buildTrendsDataHref(states, by, "csv")} download className={OPTION_LINK}>
              导出 CSV
            </a>
            <a
              href={buildTrendsDataHref(states, by, "svg", measure)}
              download
              className={OPTION_LINK}
            >
              SVG
            </a>
            <a
              href={buildTrendsDataHref(states, by, "png", measure)}
              download
              className={OPTION_LINK}
            >
              PNG
            </a>
          </div>
          {charts ? (
            <TrendsChart wide={charts.wide} narrow={charts.narrow} />
          ) : (
            <p className="mt-4 text-stone-600">这些检索式没有带日期的报道。</p>
          )}
          <p className="mt-2 text-xs text-stone-500">
            点击数据点，打开该时段的检索结果；悬停或用 Tab 键聚焦可见数值。下表为同一组数字。
          </p>
          <TrendsTable trends={t} states={states} />
          <TrendsBreakdown responses={responses} states={states} />
        </>
      )}
    </div>
  );
}
