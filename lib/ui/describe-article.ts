import type { Article } from "../article";

/**
 * An article's <meta description> and link-preview text: date and source first, then its opening
 * sentences, cut only at a sentence end (or, for one very long sentence, at a comma, with "…").
 */

const TARGET = 110;
const MAX = 160;
const SENTENCE = /[^。！？!?]*[。！？!?]+[”」』）)]*/gu;

function openingSentences(body: string): string {
  const text = body.replace(/\s+/g, " ").trim();
  let out = "";
  for (const m of text.matchAll(SENTENCE)) {
    if (out && out.length + m[0].length > MAX) break;
    out += m[0];
    if (out.length >= TARGET) break;
  }
  if (out && out.length <= MAX) return out.trim();
  const head = (out || text).slice(0, MAX);
  const comma = Math.max(head.lastIndexOf("，"), head.lastIndexOf("、"), head.lastIndexOf("；"));
  return `${comma > TARGET / 2 ? head.slice(0, comma) : head}…`;
}

export function describeArticle(article: Pick<Article, "date" | "source" | "body">): string {
  const lead = [article.date, article.source].filter(Boolean).join(" ");
  const text = openingSentences(article.body);
  return lead ? `${lead}：${text}` : text;
}
