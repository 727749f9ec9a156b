import { Feed } from "feed";
import { toRegionValue } from "../article";
import type { SearchHit, SearchResponse, SearchState } from "../search/types";
import { buildFilterChips, buildPageTitle, SITE_NAME } from "../ui/describe-state";
import { buildSearchHref, toViewParams } from "../ui/search-links";

/**
 * An Atom feed of the newest matches of a search state (the `feed` package writes and escapes the
 * XML). Entry ids are the article URLs, which stay stable across index builds, so a reader that
 * polls after each build shows just the articles it has not seen. The feed's `updated` is the
 * index build time: a new build is what can bring new entries.
 */

/** How many of the newest matches a feed lists. */
export const FEED_SIZE = 50;

/** The search a feed runs: the state as given, newest first, the first FEED_SIZE results. */
export function toFeedState(state: SearchState): SearchState {
  return { ...state, sort: "newest", page: 1, size: FEED_SIZE };
}

/** "/feed.xml?q=…" for a search state; sort, page and size are the feed's own, so not in it. */
export function buildFeedHref(state: SearchState): string {
  const query = toViewParams(state, ["sort", "page", "size"]).toString();
  return query ? `/feed.xml?${query}` : "/feed.xml";
}

const plain = (segments: { text: string }[]) => segments.map((s) => s.text).join("");

// The feed package declares titles and summaries as type="html", so readers render them as
// HTML: article text is escaped here, and the one line break is the only markup.
const HTML_ESCAPES: Record<string, string> = {
  "&": "&amp;",
  "<": "&lt;",
  ">": "&gt;",
  '"': "&quot;",
  "'": "&#39;",
};
const escapeHtml = (text: string) => text.replace(/[&<>"']/g, (c) => HTML_ESCAPES[c]!);

function toSummaryHtml(hit: SearchHit): string {
  const where = hit.region ? toRegionValue(hit.region).replaceAll("/", " › ") : null;
  const head = [hit.date, hit.source, where].filter(Boolean).join(" · ");
  const snippet = hit.snippets.map(plain).join(" … ");
  return [head, snippet].filter(Boolean).map(escapeHtml).join("<br />");
}

export function buildAtomFeed(
  response: SearchResponse,
  options: { origin: string; builtAt: string | null },
): string {
  const { origin, builtAt } = options;
  const state = response.state;
  const everything = !state.q.trim() && buildFilterChips(state).length === 0;
  const feed = new Feed({
    id: new URL(buildFeedHref(state), origin).href,
    title: everything ? `${SITE_NAME}：最新报道` : buildPageTitle({ ...state, page: 1 }),
    description: `${SITE_NAME}中最新的 ${FEED_SIZE} 篇相符报道，共 ${response.total.toLocaleString("zh-CN")} 篇`,
    link: new URL(buildSearchHref({ ...state, sort: "newest", page: 1 }), origin).href,
    language: "zh-CN",
    updated: builtAt ? new Date(builtAt) : new Date(0),
    generator: SITE_NAME,
    feedLinks: { atom: new URL(buildFeedHref(state), origin).href },
    copyright: "各报道版权归原作者与原发布方所有",
  });
  for (const hit of response.hits) {
    const link = new URL(`/article/${encodeURIComponent(hit.id)}`, origin).href;
    const date = hit.date ? new Date(`${hit.date}T00:00:00+08:00`) : new Date(0);
    feed.addItem({
      id: link,
      link,
      title: escapeHtml(plain(hit.title)),
      date,
      published: date,
      description: toSummaryHtml(hit),
      author: hit.source ? [{ name: hit.source }] : undefined,
      category: hit.themes.map((t) => ({ name: t.name, term: t.name })),
    });
  }
  return feed.atom1();
}
