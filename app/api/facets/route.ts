import { parseSearchState } from "@/lib/search/query/search-state";
import { getSearchEngine, servedIndexHeaders } from "@/lib/search/serve/get-search-engine";
import { parseFacetName, toFacetValueRows } from "@/lib/ui/facet-values";

export const dynamic = "force-dynamic";

/**
 * GET /api/facets?facet=region|source|theme[&parent=浙江省]&…search state: every value of one
 * facet (or one region's children) with its count and toggle link, for the page's "更多".
 */
export async function GET(request: Request): Promise<Response> {
  const params = new URL(request.url).searchParams;
  const facet = parseFacetName(params.get("facet"));
  const headers = { "Cache-Control": "no-store", ...servedIndexHeaders() };
  if (!facet)
    return Response.json({ error: "facet 须为 region、source 或 theme" }, { status: 400, headers });
  const { state } = parseSearchState(params);
  const response = (await getSearchEngine()).search({ ...state, page: 1, size: 1 });
  const parent = params.get("parent");
  return Response.json(
    { facet, parent, values: toFacetValueRows(response.facets, state, facet, parent) },
    { headers },
  );
}
