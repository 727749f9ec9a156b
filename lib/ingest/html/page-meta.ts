/**
 * What a page declares about itself: `<meta>` tags (Open Graph, article:*, and the names Chinese
 * CMSs emit: PubDate, publishdate, ArticleTitle, ContentSource, source, author …), JSON-LD
 * NewsArticle objects, `<time datetime>` and the canonical link. Values are raw strings; the
 * extractors decide what to trust.
 */

export interface PageMeta {
  /** og:title, ArticleTitle, JSON-LD headline: the headline as the CMS stored it. */
  titles: string[];
  /** The <title> element's text. */
  documentTitle: string | null;
  /** Publish dates, most specific first (article:published_time, PubDate, JSON-LD, <time>). */
  dates: string[];
  sources: string[];
  authors: string[];
  url: string | null;
}

const TITLE_NAMES = ["og:title", "articletitle", "twitter:title", "title"];
const DATE_NAMES = [
  "article:published_time",
  "og:article:published_time",
  "og:release_date",
  "pubdate",
  "publishdate",
  "publish_date",
  "publication_date",
  "weibo:article:create_at",
  "dc.date.issued",
  "dc.date",
  "datepublished",
  "og:time",
];
const SOURCE_NAMES = ["contentsource", "source", "og:site_name_source", "article:source"];
const AUTHOR_NAMES = ["article:author", "author", "dc.creator"];

function metaValues(document: Document): Map<string, string[]> {
  const values = new Map<string, string[]>();
  for (const el of document.querySelectorAll("meta")) {
    const key = (
      el.getAttribute("property") ??
      el.getAttribute("name") ??
      el.getAttribute("itemprop") ??
      ""
    )
      .trim()
      .toLowerCase();
    const content = el.getAttribute("content")?.replace(/\s+/g, " ").trim();
    if (!key || !content) continue;
    values.set(key, [...(values.get(key) ?? []), content]);
  }
  return values;
}

type Json = string | number | boolean | null | Json[] | { [key: string]: Json };

/** Every object in the page's JSON-LD scripts, @graph members included; broken JSON is skipped. */
function jsonLdObjects(document: Document): Record<string, Json>[] {
  const out: Record<string, Json>[] = [];
  const visit = (value: Json): void => {
    if (Array.isArray(value)) value.forEach(visit);
    else if (value && typeof value === "object") {
      out.push(value);
      if (value["@graph"]) visit(value["@graph"]);
    }
  };
  for (const script of document.querySelectorAll('script[type="application/ld+json"]')) {
    try {
      visit(JSON.parse(script.textContent ?? "") as Json);
    } catch {
      // A CMS's broken JSON-LD says nothing; the visible page still does.
    }
  }
  return out;
}

const nameOf = (value: Json | undefined): string[] => {
  if (typeof value === "string") return [value];
  if (Array.isArray(value)) return value.flatMap(nameOf);
  if (value && typeof value === "object") return nameOf(value["name"]);
  return [];
};

function pick(values: Map<string, string[]>, names: string[]): string[] {
  return names.flatMap((n) => values.get(n) ?? []);
}

/** Reads the declared metadata; call before pruning (scripts hold the JSON-LD). */
export function readPageMeta(document: Document): PageMeta {
  const values = metaValues(document);
  const ld = jsonLdObjects(document).filter((o) =>
    /Article|Posting|Report/i.test(String(o["@type"] ?? "")),
  );
  const times = [...document.querySelectorAll("time[datetime], [itemprop=datePublished]")]
    .map((el) => el.getAttribute("datetime") ?? el.getAttribute("content") ?? "")
    .filter(Boolean);
  const canonical = document.querySelector('link[rel="canonical"]')?.getAttribute("href") ?? null;
  return {
    titles: [...pick(values, TITLE_NAMES), ...ld.flatMap((o) => nameOf(o["headline"]))],
    documentTitle:
      document.querySelector("title")?.textContent?.replace(/\s+/g, " ").trim() || null,
    dates: [
      ...pick(values, DATE_NAMES),
      ...ld.flatMap((o) => nameOf(o["datePublished"])),
      ...times,
    ],
    sources: pick(values, SOURCE_NAMES),
    authors: [...pick(values, AUTHOR_NAMES), ...ld.flatMap((o) => nameOf(o["author"]))],
    url: canonical ?? values.get("og:url")?.[0] ?? null,
  };
}
