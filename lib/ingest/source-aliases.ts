import fs from "node:fs";
import path from "node:path";
import { z } from "zod";

/**
 * Canonical source names: one outlet under many names (央视网, CNTV, 中国网络电视台) is one facet
 * value. The table is `data/source-aliases.json`, editable; the name an article came with is kept.
 */

const aliasFileSchema = z.object({
  version: z.literal(1),
  aliases: z.record(z.string().min(1), z.array(z.string().min(1))),
});

export const SOURCE_ALIASES_PATH = path.join(process.cwd(), "data", "source-aliases.json");

const fold = (name: string): string => name.normalize("NFKC").replace(/\s+/g, "").toLowerCase();

let table: Map<string, string> | null = null;

/** Reads and validates the alias table; a malformed file is a clear error, not a silent default. */
export function loadSourceAliases(file: string = SOURCE_ALIASES_PATH): Map<string, string> {
  const parsed = aliasFileSchema.safeParse(JSON.parse(fs.readFileSync(file, "utf8")));
  if (!parsed.success)
    throw new Error(`${file}: invalid source alias table: ${parsed.error.message}`);
  const map = new Map<string, string>();
  for (const [canonical, names] of Object.entries(parsed.data.aliases)) {
    for (const name of [canonical, ...names]) map.set(fold(name), canonical);
  }
  return map;
}

/** The outlet's canonical name, or the name as given when the table does not know it. */
export function toCanonicalSource(source: string, aliases?: Map<string, string>): string {
  const map = aliases ?? (table ??= loadSourceAliases());
  return map.get(fold(source)) ?? source.trim();
}
