import type { ExportFormat } from "./export-stream";

/**
 * The download's name carries the query and the day it was made, so a folder of exports explains
 * itself: "xunwen-香港-暴力-2026-12-02.csv". Characters no file system accepts, and the query
 * syntax, become "-"; a long query is shortened.
 */

const MAX_QUERY_CHARS = 40;
const UNSAFE = /[\\/:*?"<>|\s\x00-\x1f\x7f()（）「」『』“”'`|｜－-]+/gu;

export function toExportFileName(q: string, day: string, format: ExportFormat): string {
  const slug = q
    .replace(UNSAFE, "-")
    .replace(/^-+|-+$/g, "")
    .slice(0, MAX_QUERY_CHARS)
    .replace(/-+$/, "");
  return `xunwen-${slug ? `${slug}-` : ""}${day}.${format}`;
}

/** A Content-Disposition value with an ASCII fallback name and the UTF-8 name (RFC 6266/5987). */
export function toContentDisposition(fileName: string): string {
  const ascii = fileName.replace(/[^\x20-\x7e]+/g, "_").replace(/_+/g, "_");
  return `attachment; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(fileName)}`;
}
