import { getSearchEngine, servedIndexHeaders } from "@/lib/search/serve/get-search-engine";
import { parseSearchState } from "@/lib/search/query/search-state";
import { toConcordanceCsv } from "@/lib/ui/concordance-csv";
import { toContentDisposition, toExportFileName } from "@/lib/ui/export-file-name";
import { KWIC_PAGE_SIZE, parseKwicNear, parseKwicPage, parseKwicSort } from "@/lib/ui/kwic-links";

export const dynamic = "force-dynamic";

/**
 * GET /api/kwic?q=…[&sort=left|right][&near=word][&page=N][&collocates=0][&format=csv]: a page of
 * the concordance (50 lines) with the collocates as JSON, or every kept line as CSV.
 */
export async function GET(request: Request): Promise<Response> {
  const params = new URL(request.url).searchParams;
  const { state } = parseSearchState(params);
  const sort = parseKwicSort(params.get("sort") ?? undefined);
  const near = parseKwicNear(params.get("near") ?? undefined);
  const engine = await getSearchEngine();
  const csv = params.get("format") === "csv";
  const page = csv ? "all" : parseKwicPage(params.get("page") ?? undefined);
  const concordance = engine.concordance(state, { sort, near, page, size: KWIC_PAGE_SIZE });
  const headers = { "Cache-Control": "no-store", ...servedIndexHeaders() };
  if (csv) {
    const name = toExportFileName(`kwic-${state.q}`, new Date().toISOString().slice(0, 10), "csv");
    return new Response(toConcordanceCsv(concordance.lines), {
      headers: {
        ...headers,
        "Content-Type": "text/csv; charset=utf-8",
        "Content-Disposition": toContentDisposition(name),
      },
    });
  }
  const collocates = params.get("collocates") === "0" ? undefined : engine.collocates(state);
  return Response.json({ q: state.q, sort, ...concordance, collocates }, { headers });
}
