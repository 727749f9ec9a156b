import type { Article } from "../article";
import type { SearchResponse, SearchState } from "../search/types";
import { CSV_BOM, toCsvRow } from "./csv";
import { EXPORT_COLUMNS, EXPORT_MAX_ROWS, toExportCells, toExportRecord } from "./export-record";

export type ExportFormat = "csv" | "json";

export interface ExportSource {
  search(state: SearchState): SearchResponse;
  getArticle(id: string): Article | null;
}

/** Rows per engine call while exporting: each call re-ranks the whole prefix it needs, so fewer, larger batches. */
const EXPORT_BATCH = 500;

export function toExportRowCount(total: number): number {
  return Math.min(total, EXPORT_MAX_ROWS);
}

/**
 * The whole result set of `state` (every page, same filters and order, at most EXPORT_MAX_ROWS),
 * fetched one batch per pull so memory stays flat and the download starts at once.
 * CSV starts with a BOM so Excel reads it as UTF-8. JSON opens with what was exported: the search
 * state (query and filters), when, how many results there were and how many the cap let through.
 */
export function buildExportStream(
  source: ExportSource,
  state: SearchState,
  format: ExportFormat,
  exportedAt: Date = new Date(),
): ReadableStream<Uint8Array> {
  const encoder = new TextEncoder();
  let page = 1;
  let written = 0;
  let limit = EXPORT_MAX_ROWS;
  return new ReadableStream<Uint8Array>({
    pull(controller) {
      const response = source.search({ ...state, page, size: EXPORT_BATCH });
      if (page === 1) {
        limit = toExportRowCount(response.total);
        const head =
          format === "csv"
            ? CSV_BOM + toCsvRow(EXPORT_COLUMNS.map((c) => c.label))
            : `{"state":${JSON.stringify(state)},"exportedAt":${JSON.stringify(exportedAt.toISOString())},"total":${response.total},"limit":${EXPORT_MAX_ROWS},"rows":${limit},"results":[`;
        controller.enqueue(encoder.encode(head));
      }
      const hits = response.hits.slice(0, limit - written);
      let chunk = "";
      for (const hit of hits) {
        const record = toExportRecord(hit, source.getArticle(hit.id));
        chunk +=
          format === "csv"
            ? toCsvRow(toExportCells(record))
            : `${written > 0 ? "," : ""}\n${JSON.stringify(record)}`;
        written++;
      }
      if (chunk) controller.enqueue(encoder.encode(chunk));
      page++;
      if (written >= limit || response.hits.length < EXPORT_BATCH) {
        if (format === "json") controller.enqueue(encoder.encode("\n]}\n"));
        controller.close();
      }
    },
  });
}
