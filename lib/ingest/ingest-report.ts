/**
 * What happened to every input: skipped files and records with their reason, and suspicious ones
 * that were kept. One bad input is reported here and never aborts a build.
 */

export type SkipReason =
  | "empty"
  | "binary"
  | "undecodable"
  | "unreadable"
  | "unsupported-type"
  | "malformed-record"
  | "truncated-gzip"
  | "no-title"
  | "no-text"
  | "duplicate-id"
  | "too-large";

export interface ReportEntry {
  origin: string;
  reason: SkipReason | string;
  detail?: string;
}

export class IngestReport {
  readonly skipped: ReportEntry[] = [];
  readonly warnings: ReportEntry[] = [];
  files = 0;
  records = 0;
  articles = 0;
  /** Input bytes on disk, for progress and ETA. */
  bytesTotal = 0;
  bytesRead = 0;

  skip(origin: string, reason: SkipReason, detail?: string): void {
    this.skipped.push(detail ? { origin, reason, detail } : { origin, reason });
  }

  warn(origin: string, reason: string, detail?: string): void {
    this.warnings.push(detail ? { origin, reason, detail } : { origin, reason });
  }

  /** Skip counts per reason, largest first. */
  skipCounts(): [string, number][] {
    const counts = new Map<string, number>();
    for (const s of this.skipped) counts.set(s.reason, (counts.get(s.reason) ?? 0) + 1);
    return [...counts.entries()].sort((a, b) => b[1] - a[1]);
  }

  toJSON() {
    return {
      files: this.files,
      records: this.records,
      articles: this.articles,
      skipped: this.skipped,
      warnings: this.warnings,
    };
  }
}
