import { getSearchEngine } from "@/lib/search/serve/get-search-engine";
import { parseSearchState } from "@/lib/search/query/search-state";
import { EXPORT_MAX_ROWS } from "@/lib/ui/export-record";
import { toContentDisposition, toExportFileName } from "@/lib/ui/export-file-name";
import { buildExportStream, toExportRowCount, type ExportFormat } from "@/lib/ui/export-stream";

export const dynamic = "force-dynamic";

const CONTENT_TYPES: Record<ExportFormat, string> = {
  csv: "text/csv; charset=utf-8",
  json: "application/json; charset=utf-8",
};

/**
 * GET /api/export?format=csv|json&q=…: every page of the current result set (same filters and
 * order; page and size are ignored), streamed, at most EXPORT_MAX_ROWS rows.
 */
export async function GET(request: Request): Promise<Response> {
  const params = new URL(request.url).searchParams;
  const format = params.get("format") === "json" ? "json" : "csv";
  const { state } = parseSearchState(params);
  const engine = await getSearchEngine();
  const total = engine.search({ ...state, page: 1, size: 1 }).total;
  const exportedAt = new Date();
  const fileName = toExportFileName(state.q, exportedAt.toISOString().slice(0, 10), format);
  return new Response(buildExportStream(engine, state, format, exportedAt), {
    headers: {
      "Content-Type": CONTENT_TYPES[format],
      "Content-Disposition": toContentDisposition(fileName),
      "Cache-Control": "no-store",
      "X-Export-Limit": String(EXPORT_MAX_ROWS),
      "X-Total-Count": String(total),
      "X-Export-Rows": String(toExportRowCount(total)),
    },
  });
}
