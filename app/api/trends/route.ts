import { parseTrendQueries } from "@/lib/search/query/trend-queries";
import { getSearchEngine, servedIndexHeaders } from "@/lib/search/serve/get-search-engine";
import { toContentDisposition } from "@/lib/ui/export-file-name";
import { renderTrendsSvg } from "@/lib/charts/render-trends-svg";
import { renderSvgToPng } from "@/lib/charts/svg-to-png";
import { toTrendsCsv } from "@/lib/ui/trends-csv";
import { buildPeriodSearchHref } from "@/lib/ui/trends-links";

export const dynamic = "force-dynamic";

/**
 * GET /api/trends?q=A&q=B[&by=day|week|month|year][&format=csv|svg|png][&measure=count] plus the
 * search filters: matches per period for up to 5 queries, as counts and as shares of all articles
 * of the period; or the chart as an SVG or PNG file.
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
  const format = params.get("format");
  const fileName = (ext: string) =>
    `xunwen-trends-${states
      .map((s) => s.q)
      .join("-")
      .slice(0, 60)}.${ext}`;
  if (format === "svg" || format === "png") {
    const svg = renderTrendsSvg(
      trends,
      params.get("measure") === "count" ? "count" : "share",
      (q, label) => {
        const state = states.find((s) => s.q === q) ?? states[0]!;
        return new URL(buildPeriodSearchHref(state, trends.by, label), request.url).href;
      },
    );
    const disposition = { "Content-Disposition": toContentDisposition(fileName(format)) };
    if (format === "png")
      return new Response(new Uint8Array(renderSvgToPng(svg)), {
        headers: { ...headers, ...disposition, "Content-Type": "image/png" },
      });
    return new Response(`<?xml version="1.0" encoding="utf-8"?>\n${svg}`, {
      headers: { ...headers, ...disposition, "Content-Type": "image/svg+xml; charset=utf-8" },
    });
  }
  if (format === "csv") {
    return new Response(toTrendsCsv(trends), {
      headers: {
        ...headers,
        "Content-Type": "text/csv; charset=utf-8",
        "Content-Disposition": toContentDisposition(fileName("csv")),
      },
    });
  }
  return Response.json({ ...trends, notices }, { headers });
}
