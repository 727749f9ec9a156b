import { buildAtomFeed, toFeedState } from "@/lib/feeds/build-atom-feed";
import {
  getSearchEngine,
  getServedBuild,
  servedIndexHeaders,
} from "@/lib/search/serve/get-search-engine";
import { parseSearchState } from "@/lib/search/query/search-state";
import { toRequestOrigin } from "@/lib/ui/request-origin";

export const dynamic = "force-dynamic";

/**
 * GET /feed.xml?q=…&region=…: an Atom feed of the newest matches of any search state. The ETag
 * is the index build and the query, so a polling reader gets 304 until a new build is served.
 */
export async function GET(request: Request): Promise<Response> {
  const url = new URL(request.url);
  const { state } = parseSearchState(url.searchParams);
  const engine = await getSearchEngine();
  const build = getServedBuild();
  const etag = `"${build?.buildId ?? "none"}-${Buffer.from(url.search).toString("base64url")}"`;
  const headers = {
    "Content-Type": "application/atom+xml; charset=utf-8",
    "Cache-Control": "no-cache",
    ETag: etag,
    ...servedIndexHeaders(),
  };
  if (request.headers.get("if-none-match") === etag)
    return new Response(null, { status: 304, headers });
  const response = engine.search(toFeedState(state));
  const xml = buildAtomFeed(response, {
    origin: toRequestOrigin(request.headers),
    builtAt: build?.builtAt ?? null,
  });
  return new Response(xml, { headers });
}
