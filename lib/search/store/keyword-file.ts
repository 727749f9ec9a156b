import type { StoredDoc } from "./doc-columns";
import { pickFromCounts, recentSince } from "./starter-queries";

/**
 * A segment's keywords and dates in a compact file (search-keywords.json): what the starter
 * queries of a manifest are picked from. Publishing an add used to parse every document of every
 * segment for them (0.5 s of one core on 75,806 articles, more under load); this file is a table
 * of words and, per document, their numbers.
 */
export interface KeywordFile {
  ids: string[];
  dates: (string | null)[];
  words: string[];
  /** Per document, the numbers (into `words`) of its keywords. */
  keywords: number[][];
}

export function toKeywordFile(
  docs: readonly Pick<StoredDoc, "id" | "date" | "keywords">[],
): KeywordFile {
  const numbers = new Map<string, number>();
  const words: string[] = [];
  const numberOf = (w: string) => {
    let n = numbers.get(w);
    if (n === undefined) numbers.set(w, (n = words.push(w) - 1));
    return n;
  };
  return {
    ids: docs.map((d) => d.id),
    dates: docs.map((d) => d.date),
    words,
    keywords: docs.map((d) => [...new Set(d.keywords)].map(numberOf)),
  };
}

export interface KeywordPart {
  file: KeywordFile;
  /** Ids of the segment's articles that were withdrawn or replaced later. */
  deleted: ReadonlySet<string>;
}

/** pickStarterQueries over the live articles of the parts, counted per word number. */
export function starterQueriesOfParts(parts: readonly KeywordPart[], count?: number): string[] {
  let newest: string | null = null;
  for (const { file, deleted } of parts)
    file.dates.forEach((date, d) => {
      if (date && (!newest || date > newest) && !deleted.has(file.ids[d]!)) newest = date;
    });
  const since = recentSince(newest);
  const df = new Map<string, number>();
  const recent = new Map<string, number>();
  let total = 0;
  for (const { file, deleted } of parts) {
    const all = new Uint32Array(file.words.length);
    const late = new Uint32Array(file.words.length);
    file.keywords.forEach((numbers, d) => {
      if (deleted.has(file.ids[d]!)) return;
      total++;
      const date = file.dates[d];
      const isRecent = !since || (!!date && date >= since);
      for (const n of numbers) {
        all[n]!++;
        if (isRecent) late[n]!++;
      }
    });
    file.words.forEach((w, n) => {
      if (all[n]) df.set(w, (df.get(w) ?? 0) + all[n]!);
      if (late[n]) recent.set(w, (recent.get(w) ?? 0) + late[n]!);
    });
  }
  return pickFromCounts({ total, df, recent }, count);
}
