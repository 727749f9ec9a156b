import { createHash } from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import { z } from "zod";
import type { Theme } from "./match-themes";

const themesFileSchema = z.object({
  version: z.literal(1),
  /** What the taxonomy is for ("疫情防控"), shown with the themes. */
  name: z.string().min(1).optional(),
  description: z.string().optional(),
  themes: z
    .array(
      z.object({
        id: z.string().min(1),
        name: z.string().min(1),
        keywords: z.array(z.string().min(1)).min(1),
      }),
    )
    .min(1),
});

export const THEMES_PATH = path.join(process.cwd(), "data", "themes.json");

/** Which taxonomy an index was built with: recorded in the index and shown with its themes. */
export interface Taxonomy {
  /** The file as given, relative to the working directory when inside it. */
  file: string;
  name: string | null;
  /** First 12 hex digits of the file's SHA-256: tells two versions of one file apart. */
  sha256: string;
  themes: string[];
}

function readThemesFile(file: string): { text: string; data: z.infer<typeof themesFileSchema> } {
  let text: string;
  try {
    text = fs.readFileSync(file, "utf8");
  } catch (e) {
    throw new Error(
      `${file}: cannot read the theme taxonomy (${(e as NodeJS.ErrnoException).code ?? (e as Error).message})`,
    );
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (e) {
    throw new Error(`${file}: the theme taxonomy is not valid JSON (${(e as Error).message})`);
  }
  const parsed = themesFileSchema.safeParse(json);
  if (!parsed.success) throw new Error(`${file}: invalid theme taxonomy: ${parsed.error.message}`);
  return { text, data: parsed.data };
}

/** Reads and validates the theme taxonomy; a malformed file is a clear error, not a silent default. */
export function loadThemes(file: string = THEMES_PATH): Theme[] {
  return readThemesFile(file).data.themes;
}

export function describeTaxonomy(file: string = THEMES_PATH): Taxonomy {
  const { text, data } = readThemesFile(file);
  const relative = path.relative(process.cwd(), path.resolve(file));
  return {
    file: relative.startsWith("..") ? path.resolve(file) : relative,
    name: data.name ?? null,
    sha256: createHash("sha256").update(text).digest("hex").slice(0, 12),
    themes: data.themes.map((t) => t.name),
  };
}
