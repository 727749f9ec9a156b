import type { Article } from "../article";
import { readLimitFromEnv } from "../env-limit";
import { toRegionValue } from "../article";
import type { SearchHit, Segment } from "../search/types";

/** One exported result: flat, plain text, the same fields in CSV and JSON. */
export interface ExportRecord {
  id: string;
  title: string;
  date: string | null;
  source: string | null;
  author: string | null;
  region: string | null;
  themes: string[];
  url: string | null;
  snippet: string;
  text: string;
}

/** Most rows one export will produce (XUNWEN_EXPORT_MAX_ROWS overrides it); stated in the X-Export-Limit header and the README. */
export const EXPORT_MAX_ROWS = readLimitFromEnv("XUNWEN_EXPORT_MAX_ROWS", 10_000);

export const EXPORT_COLUMNS: { key: keyof ExportRecord; label: string }[] = [
  { key: "id", label: "id" },
  { key: "title", label: "标题" },
  { key: "date", label: "日期" },
  { key: "source", label: "来源" },
  { key: "author", label: "作者" },
  { key: "region", label: "地区" },
  { key: "themes", label: "主题" },
  { key: "url", label: "原文链接" },
  { key: "snippet", label: "摘要" },
  { key: "text", label: "正文" },
];

export function toPlainText(segments: Segment[]): string {
  return segments.map((s) => s.text).join("");
}

export function toExportRecord(hit: SearchHit, article: Article | null): ExportRecord {
  return {
    id: hit.id,
    title: article?.title ?? toPlainText(hit.title),
    date: hit.date,
    source: hit.source,
    author: article?.author ?? null,
    region: hit.region ? toRegionValue(hit.region) : null,
    themes: hit.themes.map((t) => t.name),
    url: hit.url,
    snippet: hit.snippets.map(toPlainText).join(" … "),
    text: article?.body ?? "",
  };
}

export function toExportCells(record: ExportRecord): (string | null)[] {
  return EXPORT_COLUMNS.map(({ key }) => {
    const value = record[key];
    return Array.isArray(value) ? value.join(";") : value;
  });
}
