/**
 * Field mapping for record files (.jsonl / .json): fields are found by name, so any corpus with
 * these usual names ingests with no per-corpus code path.
 */

export interface MappedRecord {
  title: string | null;
  text: string;
  date: string | null;
  source: string | null;
  url: string | null;
  province: string | null;
  tags: string[];
}

const FIELDS = {
  title: ["title", "headline"],
  text: ["text", "content", "body", "summary", "brief"],
  date: ["date", "pubDate", "pub_date", "publishDate", "publish_date", "time"],
  source: ["source", "infoSource", "publisher"],
  url: ["url", "sourceUrl", "link"],
  province: ["province", "provinceName"],
  tags: ["tags", "keywords"],
} as const;

function pickString(record: Record<string, unknown>, names: readonly string[]): string | null {
  for (const name of names) {
    const value = record[name];
    if (typeof value === "string" && value.trim()) return value.trim();
    if (typeof value === "number") return String(value);
  }
  return null;
}

function pickTags(record: Record<string, unknown>): string[] {
  for (const name of FIELDS.tags) {
    const value = record[name];
    if (Array.isArray(value)) return value.filter((t): t is string => typeof t === "string" && !!t);
    if (typeof value === "string" && value.trim()) {
      return value.split(/[,，、;；\s]+/).filter(Boolean);
    }
  }
  return [];
}

/** Maps a parsed JSON record to the fields ingestion uses; null when it is not an object. */
export function mapRecord(value: unknown): MappedRecord | null {
  if (!value || typeof value !== "object" || Array.isArray(value)) return null;
  const record = value as Record<string, unknown>;
  return {
    title: pickString(record, FIELDS.title),
    text: pickString(record, FIELDS.text) ?? "",
    date: pickString(record, FIELDS.date),
    source: pickString(record, FIELDS.source),
    url: pickString(record, FIELDS.url),
    province: pickString(record, FIELDS.province),
    tags: pickTags(record),
  };
}
