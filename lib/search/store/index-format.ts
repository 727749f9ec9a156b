import { z } from "zod";

/**
 * The on-disk layout of a search index directory. The loader checks `format` and `version` and
 * refuses anything else with a message that says how to rebuild, instead of misreading bytes.
 */

export const SEARCH_INDEX_FORMAT = "xunwen-search-index";
/** Bump whenever any file below changes shape. */
export const SEARCH_INDEX_VERSION = 3;

export const INDEX_FILES = {
  meta: "search-meta.json",
  /** Article metadata without bodies: StoredDoc[] as JSON, one document per line (see doc-store.ts). */
  docs: "search-docs.json",
  /** Per-article ids, dates, sources, regions and themes as parallel arrays (ColumnSource). */
  columns: "search-columns.json",
  /** All normalised titles and bodies, one UTF-16LE string (see text-store.ts). */
  text: "search-text.u16",
  /** Offsets into the text and the patches that restore the original script (binary). */
  textLayout: "search-text-layout.bin",
  /** Character unigram + bigram postings of titles and bodies (see gram-postings.ts). */
  titleGrams: "search-title-grams.bin",
  bodyGrams: "search-body-grams.bin",
  /** MinHash signatures of the bodies, 24 little-endian u32 per doc (near-duplicates.ts). */
  minhash: "search-minhash.bin",
  /** Where each doc came from: [input key, content hash] or null, aligned with docs (input-stamp.ts). */
  inputs: "search-inputs.json",
  /** Keywords and dates for the manifest's starter queries (keyword-file.ts); absent in segments
   * written before it, which are read from docs instead. */
  keywords: "search-keywords.json",
  /** Suggestion vocabulary: [term, docCount][] sorted by term. */
  vocabulary: "search-vocabulary.json",
  /** FlexSearch Document export, one file per exported key. */
  flexDir: "search-flex",
} as const;

export const searchMetaSchema = z.object({
  format: z.literal(SEARCH_INDEX_FORMAT),
  version: z.literal(SEARCH_INDEX_VERSION),
  articleCount: z.number().int().nonnegative(),
  avgBodyLength: z.number().nonnegative(),
  flexKeys: z.array(z.string()),
  createdAt: z.string(),
  starterQueries: z.array(z.string()).default([]),
  taxonomy: z
    .object({
      file: z.string(),
      name: z.string().nullable(),
      sha256: z.string(),
      themes: z.array(z.string()),
    })
    .nullable()
    .default(null),
});

export type SearchMeta = z.infer<typeof searchMetaSchema>;

/** Parses search-meta.json, throwing an error that names the problem and the fix. */
export function parseSearchMeta(raw: unknown, dir: string): SearchMeta {
  const head = raw && typeof raw === "object" ? (raw as Record<string, unknown>) : {};
  if (head.format !== SEARCH_INDEX_FORMAT) {
    throw new Error(
      `${dir}: not a Xunwen search index (format ${JSON.stringify(head.format)}, expected "${SEARCH_INDEX_FORMAT}"); rebuild it with \`npm run index\``,
    );
  }
  if (head.version !== SEARCH_INDEX_VERSION) {
    throw new Error(
      `${dir}: search index format version ${String(head.version)} is not supported (this build reads version ${SEARCH_INDEX_VERSION}); rebuild it with \`npm run index\``,
    );
  }
  const parsed = searchMetaSchema.safeParse(raw);
  if (!parsed.success)
    throw new Error(`${dir}: damaged ${INDEX_FILES.meta}: ${parsed.error.message}`);
  return parsed.data;
}
