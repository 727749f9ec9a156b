import { createReadStream, createWriteStream } from "node:fs";
import { once } from "node:events";
import readline from "node:readline";
import type { Article } from "../../lib/article";
import { ingestPaths } from "../../lib/ingest/ingest";
import { IngestReport } from "../../lib/ingest/ingest-report";

/**
 * The one article list every system indexes: Xunwen's own ingestion pipeline (cleaning, dates,
 * ids, duplicates dropped), run once by the parent and handed to the build children as JSONL.
 */

export async function getBenchArticles(
  corpus: string,
  limit: number | null,
): Promise<{ articles: Article[]; report: IngestReport }> {
  const report = new IngestReport();
  const articles: Article[] = [];
  for await (const article of ingestPaths([corpus], report)) {
    articles.push(article);
    if (limit !== null && articles.length >= limit) break;
  }
  return { articles, report };
}

export async function writeArticlesFile(articles: Article[], file: string): Promise<void> {
  const out = createWriteStream(file);
  for (const a of articles) {
    if (!out.write(JSON.stringify(a) + "\n")) await once(out, "drain");
  }
  out.end();
  await once(out, "finish");
}

export async function readArticlesFile(file: string): Promise<Article[]> {
  const articles: Article[] = [];
  const lines = readline.createInterface({ input: createReadStream(file), crlfDelay: Infinity });
  for await (const line of lines) if (line) articles.push(JSON.parse(line) as Article);
  return articles;
}
