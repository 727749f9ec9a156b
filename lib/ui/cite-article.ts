import type { Article } from "../article";

/**
 * A citation of an article in GB/T 7714-2015 form. A news item with its outlet is cited as a
 * newspaper on line, [N/OL], as the standard's own example does:
 *   丁文祥. 数字革命与竞争国际化[N/OL]. 中国青年报, 2000-11-20[2002-03-06]. http://…
 * and without an outlet as an electronic resource, [EB/OL]: 题名[EB/OL]. (2020-03-05)[引用日期]. URL.
 * More than three authors are cited as the first three and "等".
 */

const MAX_AUTHORS = 3;

function authors(author: string | null): string {
  const names = (author ?? "").split(/[、,，;；\s]+/).filter(Boolean);
  if (names.length === 0) return "";
  const shown = names.slice(0, MAX_AUTHORS).join(", ");
  return `${names.length > MAX_AUTHORS ? `${shown}, 等` : shown}. `;
}

export function toGbtCitation(
  article: Pick<Article, "title" | "author" | "source" | "date" | "url">,
  at: { accessDate: string; pageUrl: string },
): string {
  const url = article.url ?? at.pageUrl;
  const who = authors(article.author);
  if (article.source) {
    const date = article.date ? `, ${article.date}` : "";
    return `${who}${article.title}[N/OL]. ${article.source}${date}[${at.accessDate}]. ${url}.`;
  }
  const date = article.date ? `(${article.date})` : "";
  return `${who}${article.title}[EB/OL]. ${date}[${at.accessDate}]. ${url}.`;
}
