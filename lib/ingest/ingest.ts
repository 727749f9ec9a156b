import type { Article } from "../article";
import { loadThemes } from "../themes/load-themes";
import { buildThemeMatcher } from "../themes/match-themes";
import { toDisambiguatedId } from "./article-id";
import type { IngestReport } from "./ingest-report";
import { readInputs } from "./read-inputs";
import { toArticle } from "./to-article";

/**
 * The ingestion pipeline: files and folders in, cleaned and enriched articles out, every problem
 * in `report`. Articles with the same id are kept once (a repost of the same URL and text); a
 * different article at an already seen URL gets an id of its own.
 */
export async function* ingestPaths(
  paths: string[],
  report: IngestReport,
  options: { themesFile?: string } = {},
): AsyncGenerator<Article> {
  const themes = buildThemeMatcher(loadThemes(options.themesFile));
  const seen = new Map<string, string>();
  for await (const input of readInputs(paths, report)) {
    if (input.kind === "record") report.records++;
    let article: Article | null;
    try {
      article = toArticle(input, themes, report);
    } catch (error) {
      report.skip(input.origin, "unreadable", (error as Error).message);
      continue;
    }
    if (!article) continue;
    const previousTitle = seen.get(article.id);
    if (previousTitle !== undefined) {
      if (previousTitle === article.title) {
        report.skip(input.origin, "duplicate-id", article.id);
        continue;
      }
      article = { ...article, id: toDisambiguatedId(article.id, article.title) };
      if (seen.has(article.id)) {
        report.skip(input.origin, "duplicate-id", article.id);
        continue;
      }
    }
    seen.set(article.id, article.title);
    report.articles++;
    yield article;
  }
}
