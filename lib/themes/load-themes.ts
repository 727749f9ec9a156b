import fs from "node:fs";
import path from "node:path";
import { z } from "zod";
import type { Theme } from "./match-themes";

const themesFileSchema = z.object({
  version: z.literal(1),
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

/** Reads and validates the theme taxonomy; a malformed file is a clear error, not a silent default. */
export function loadThemes(file: string = THEMES_PATH): Theme[] {
  const parsed = themesFileSchema.safeParse(JSON.parse(fs.readFileSync(file, "utf8")));
  if (!parsed.success) {
    throw new Error(`${file}: invalid theme taxonomy: ${parsed.error.message}`);
  }
  return parsed.data.themes;
}
