import type { Metadata } from "next";
import { buildFeedHref } from "@/lib/feeds/build-atom-feed";
import { getSearchEngine } from "@/lib/search/serve/get-search-engine";
import { buildPageDescription, buildPageTitle } from "@/lib/ui/describe-state";
import { toPageCount } from "@/lib/ui/page-list";
import { buildHiddenFields, buildPageHref } from "@/lib/ui/search-links";
import { ActiveFilters } from "./components/facets/active-filters";
import { FacetPanel } from "./components/facets/facet-panel";
import { BrowseIntro } from "./components/search/browse-intro";
import { NoticeBanner } from "./components/search/notice-banner";
import { Pagination } from "./components/search/pagination";
import { ResultList } from "./components/search/result-list";
import { ResultSummary } from "./components/search/result-summary";
import { SearchBox } from "./components/search/search-box";
import { SyntaxHelp } from "./components/search/syntax-help";
import { ZeroResults } from "./components/search/zero-results";
import { loadSearch, type RawSearchParams } from "./load-search";

// Every request searches the index for its own URL.
export const dynamic = "force-dynamic";

type Props = { searchParams: Promise<RawSearchParams> };

export async function generateMetadata({ searchParams }: Props): Promise<Metadata> {
  // Without an engine (no index yet) the page itself fails into error.tsx; the title must not.
  const loaded = await loadSearch(await searchParams).catch(() => null);
  if (!loaded) return {};
  const title = buildPageTitle(loaded.state);
  const description = buildPageDescription(loaded.state, loaded.response.total);
  return {
    title: { absolute: title },
    description,
    openGraph: { title, description, type: "website", siteName: "寻文" },
    // Feed readers find the query's feed from the page's address.
    alternates: { types: { "application/atom+xml": buildFeedHref(loaded.state) } },
  };
}

export default async function SearchPage({ searchParams }: Props) {
  const { state, notices, adjustments, response } = await loadSearch(await searchParams);
  const { articleCount, starterQueries } = await getSearchEngine();
  const filterCount =
    state.region.length +
    state.theme.length +
    state.source.length +
    (state.from || state.to ? 1 : 0);
  const isLanding = !state.q && filterCount === 0 && state.page === 1;
  const pageCount = toPageCount(response.total, state.size);
  const pastEnd = response.total > 0 && response.hits.length === 0;

  return (
    <div className="mx-auto max-w-6xl px-4 pb-16 sm:px-6">
      <a
        href="#results"
        className="sr-only focus:not-sr-only focus:absolute focus:top-2 focus:left-2 focus:z-50 focus:rounded focus:bg-white focus:px-3 focus:py-2"
      >
        跳到结果
      </a>
      <div className="mx-auto max-w-3xl pt-6 pb-6 sm:pt-8">
        <h1 className="sr-only">检索新闻报道</h1>
        <SearchBox
          q={state.q}
          hiddenFields={buildHiddenFields(state, ["q"])}
          examples={starterQueries}
        />
        <SyntaxHelp />
      </div>
      <NoticeBanner notices={notices} />
      {adjustments.map((a) => (
        <p key={a} role="status" className="mb-4 text-sm text-stone-600" data-adjustment>
          {a}
        </p>
      ))}
      <div className="grid gap-6 lg:grid-cols-[16.5rem_minmax(0,1fr)] lg:gap-10">
        <aside
          aria-labelledby="filters-heading"
          className="lg:sticky lg:top-4 lg:max-h-[calc(100vh-2rem)] lg:self-start lg:overflow-y-auto lg:pr-2"
        >
          <h2 id="filters-heading" className="sr-only">
            筛选
          </h2>
          <FacetPanel
            facets={response.facets}
            state={state}
            activeCount={filterCount}
            total={response.total}
          />
        </aside>
        <section
          id="results"
          aria-labelledby="results-heading"
          tabIndex={-1}
          className="min-w-0 focus:outline-none"
        >
          <h2 id="results-heading" className="sr-only">
            检索结果
          </h2>
          {isLanding && (
            <BrowseIntro articleCount={articleCount} examples={starterQueries} state={state} />
          )}
          <ActiveFilters state={state} />
          {response.total === 0 ? (
            <ZeroResults response={response} />
          ) : (
            <>
              <ResultSummary response={response} />
              {pastEnd ? (
                <p className="py-10 text-center text-stone-600">
                  第 {state.page} 页没有结果（共 {pageCount} 页）。
                  <a className="text-accent-700 underline" href={buildPageHref(state, pageCount)}>
                    转到最后一页
                  </a>
                </p>
              ) : (
                <ResultList response={response} />
              )}
              <Pagination state={state} total={response.total} />
            </>
          )}
        </section>
      </div>
    </div>
  );
}
