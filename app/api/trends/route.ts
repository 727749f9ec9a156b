import { parseTrendQueries } from "@/lib/search/query/trend-queries";
import { getSearchEngine, servedIndexHeaders } from "@/lib/search/serve/get-search-engine";
import { toContentDisposition } from "@/lib/ui/export-file-name";
import { renderTrendsSvg } from "@/lib/charts/render-trends-svg";
import { toTrendsCsv } from "@/lib/ui/trends-csv";
import { buildPeriodSearchHref } from "@/lib/ui/trends-links";

export const dynamic = "force-dynamic";

/**
 * GET /api/trends?q=A&q=B[&by=day|week|month|year][&format=csv] plus the search filters: matches
 * per period for up to 5 queries, as counts and as shares of all articles of the period.
 */
export async function GET(request: Request): Promise<Response> {
  const params = new URL(request.url).searchParams;
  const { states, by, notices } = parseTrendQueries(params);
  const headers = { "Cache-Control": "no-store", ...servedIndexHeaders() };
  if (states.length === 0)
    return Response.json(
      { error: "至少给出一个检索式：/api/trends?q=…&q=…" },
      { status: 400, headers },
    );
  const trends = (await getSearchEngine()).trends(states, by);
  if (params.get("format") === "svg") {
    const svg = renderTrendsSvg(
      trends,
      params.get("measure") === "count" ? "count" : "share",
      (q, label) => {
        const state = states.find((s) => s.q === q) ?? states[0]!;
        return new URL(buildPeriodSearchHref(state, trends.by, label), request.url).href;
      },
    );
    return new Response(
      `<?xml version="1.0" encoding="utf-8"?>\n${svg.replace(/^<figure[^>]*>|<\/figure>$/g, "")}`,
      {
        headers: { ...headers, "Content-Type": "image/svg+xml; charset=utf-8" },
      },
    );
  }
  if (params.get("format") === "csv") {
    const name = `xunwen-trends-${states
      .map((s) => s.q)
      .join("-")
      .slice(0, 60)}.csv`;
    return new Response(toTrendsCsv(trends), {
      headers: {
        ...headers,
        "Content-Type": "text/csv; charset=utf-8",
        "Content-Disposition": toContentDisposition(name),
      },
    });
  }
  return Response.json({ ...trends, notices }, { headers });
}
