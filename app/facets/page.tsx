import type { Metadata } from "next";
import { BackToResults } from "@/app/components/layout/back-to-results";
import Link from "next/link";
import { FacetRow } from "@/app/components/facets/facet-row";
import { parseSearchState } from "@/lib/search/query/search-state";
import { getSearchEngine } from "@/lib/search/serve/get-search-engine";
import { SITE_NAME } from "@/lib/ui/describe-state";
import {
  buildFacetValuesQuery,
  parseFacetName,
  toFacetValueRows,
  toFacetValuesPageHref,
  type FacetName,
} from "@/lib/ui/facet-values";
import { firstParam } from "@/lib/ui/raw-params";
import type { RawSearchParams } from "../load-search";

export const dynamic = "force-dynamic";

type Props = { searchParams: Promise<RawSearchParams> };

const TITLES: Record<FacetName, string> = { region: "地区", source: "来源", theme: "主题" };

export const metadata: Metadata = {
  title: { absolute: `筛选项 — ${SITE_NAME}` },
  robots: { index: false },
};

/**
 * /facets?facet=source&…: every value of one facet (or one region's children) for a search, the
 * "更多" of the results page without JavaScript. Each value toggles the filter on the search.
 */
export default async function FacetValuesPage({ searchParams }: Props) {
  const raw = await searchParams;
  const facet = parseFacetName(firstParam(raw.facet)) ?? "source";
  const parent = firstParam(raw.parent);
  const { state } = parseSearchState({ ...raw, facet: undefined, parent: undefined });
  const response = (await getSearchEngine()).search({ ...state, page: 1, size: 1 });
  const rows = toFacetValueRows(response.facets, state, facet, parent);
  return (
    <div className="mx-auto max-w-xl px-4 py-6 sm:px-6">
      <BackToResults state={state} />
      <h1 className="mt-2 text-xl font-semibold text-stone-900">
        {parent ? `${parent.split("/").at(-1)}的下级地区` : `全部${TITLES[facet]}`}
      </h1>
      {rows.length === 0 ? (
        <p className="mt-4 text-stone-600">无</p>
      ) : (
        <ul className="mt-3 rounded-xl border border-stone-200 bg-white p-2">
          {rows.map((r) => (
            <li key={r.value} className="flex items-center">
              <FacetRow href={r.href} label={r.label} count={r.count} selected={r.selected} />
              {r.hasChildren && (
                <Link
                  prefetch={false}
                  href={toFacetValuesPageHref(buildFacetValuesQuery(state, "region", r.value))}
                  className="shrink-0 px-2 text-xs text-accent-700 hover:underline"
                >
                  下级
                </Link>
              )}
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
