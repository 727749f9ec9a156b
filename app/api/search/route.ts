import { getSearchEngine, servedIndexHeaders } from "@/lib/search/serve/get-search-engine";
import { parseSearchState } from "@/lib/search/query/search-state";

export const dynamic = "force-dynamic";

/** GET /api/search?q=…&region=…: the page's search as JSON, with notices for ignored parameters. */
export async function GET(request: Request): Promise<Response> {
  const { state, notices, adjustments } = parseSearchState(new URL(request.url).searchParams);
  const response = (await getSearchEngine()).search(state);
  return Response.json(
    { ...response, notices: [...notices, ...adjustments] },
    { headers: { "Cache-Control": "no-store", ...servedIndexHeaders() } },
  );
}
