import type { Metadata } from "next";
import { BackToResults } from "@/app/components/layout/back-to-results";
import { OPTION_LINK, OptionLinks } from "@/app/components/layout/option-links";
import Link from "next/link";
import { Collocates } from "@/app/components/kwic/collocates";
import { ConcordanceTable } from "@/app/components/kwic/concordance-table";
import { MAX_LINES } from "@/lib/search/present/concordance";
import { parseSearchState } from "@/lib/search/query/search-state";
import { getSearchEngine } from "@/lib/search/serve/get-search-engine";
import { buildPageTitle, SITE_NAME } from "@/lib/ui/describe-state";
import {
  buildKwicCsvHref,
  buildKwicHref,
  KWIC_PAGE_SIZE,
  parseKwicNear,
  parseKwicPage,
  parseKwicSort,
} from "@/lib/ui/kwic-links";
import type { RawSearchParams } from "../load-search";

export const dynamic = "force-dynamic";

type Props = { searchParams: Promise<RawSearchParams> };

const SORTS = [
  ["date", "按日期"],
  ["left", "按左侧词"],
  ["right", "按右侧词"],
] as const;

export async function generateMetadata({ searchParams }: Props): Promise<Metadata> {
  const { state } = parseSearchState(await searchParams);
  return {
    title: {
      absolute: `索引行 · ${buildPageTitle({ ...state, page: 1 }).replace(` — ${SITE_NAME}`, "")} — ${SITE_NAME}`,
    },
  };
}

/** /kwic?q=…: every occurrence of the query's terms in context, sortable by the words beside it. */
export default async function KwicPage({ searchParams }: Props) {
  const raw = await searchParams;
  const { state } = parseSearchState({ ...raw, page: undefined, sort: undefined });
  const sort = parseKwicSort(raw.sort);
  const near = parseKwicNear(raw.near);
  const page = parseKwicPage(raw.page);
  const engine = await getSearchEngine();
  const c = engine.concordance(state, { sort, near, page, size: KWIC_PAGE_SIZE });
  const collocates = engine.collocates(state);
  const pages = Math.max(1, Math.ceil(c.lineCount / KWIC_PAGE_SIZE));
  const current = c.page;
  return (
    <div className="mx-auto max-w-6xl px-4 py-6 sm:px-6">
      <BackToResults state={state} />
      <h1 className="mt-2 text-xl font-semibold text-stone-900">
        索引行{state.q.trim() ? `：“${state.q.trim()}”` : ""}
      </h1>
      {!state.q.trim() ? (
        <p className="mt-4 text-stone-600">
          输入检索词后，这里逐条列出它在报道中的每一次出现及其上下文。
        </p>
      ) : (
        <>
          <p className="mt-1 text-sm text-stone-600" aria-live="polite">
            在 <strong>{c.articles.toLocaleString("zh-CN")}</strong> 篇报道中出现{" "}
            <strong>{c.occurrences.toLocaleString("zh-CN")}</strong> 次
            {c.capped && `；列出最新的 ${MAX_LINES.toLocaleString("zh-CN")} 条`}
          </p>
          <div className="mt-3 flex flex-wrap items-center gap-2 text-sm">
            <OptionLinks
              label="排序"
              options={SORTS.map(([value, label]) => ({
                key: value,
                label,
                href: buildKwicHref(state, { sort: value, near }),
                current: value === sort,
              }))}
            />
            <a href={buildKwicCsvHref(state, { sort, near })} download className={OPTION_LINK}>
              导出 CSV
            </a>
          </div>
          <Collocates collocates={collocates} state={state} sort={sort} near={near} />
          {near && (
            <p className="mt-3 text-sm text-stone-600" data-kwic-near>
              只列出“{near}”在检索词前后 5 个词以内的 {c.lineCount.toLocaleString("zh-CN")} 行。
              <Link
                prefetch={false}
                href={buildKwicHref(state, { sort })}
                className="ml-1 text-accent-700 hover:underline"
              >
                显示全部
              </Link>
            </p>
          )}
          <div className="mt-3">
            <ConcordanceTable lines={c.lines} state={state} />
          </div>
          {pages > 1 && (
            <nav aria-label="分页" className="mt-4 flex items-center justify-center gap-3 text-sm">
              {current > 1 && (
                <Link
                  prefetch={false}
                  href={buildKwicHref(state, { sort, near, page: current - 1 })}
                  className={OPTION_LINK}
                >
                  ‹ 上一页
                </Link>
              )}
              <span className="text-stone-500">
                第 {current} / {pages} 页
              </span>
              {current < pages && (
                <Link
                  prefetch={false}
                  href={buildKwicHref(state, { sort, near, page: current + 1 })}
                  className={OPTION_LINK}
                >
                  下一页 ›
                </Link>
              )}
            </nav>
          )}
        </>
      )}
    </div>
  );
}
