import type { Metadata } from "next";
import { firstParam } from "@/lib/ui/raw-params";
import Link from "next/link";
import { headers } from "next/headers";
import { notFound } from "next/navigation";
import { getSearchEngine } from "@/lib/search/serve/get-search-engine";
import { parseSearchState } from "@/lib/search/query/search-state";
import type { Segment } from "@/lib/search/types";
import { describeArticle } from "@/lib/ui/describe-article";
import { buildArticleHref, buildBackHref, parseBackState } from "@/lib/ui/article-links";
import { SITE_NAME } from "@/lib/ui/describe-state";
import { toRequestOrigin } from "@/lib/ui/request-origin";
import { numberHits } from "@/lib/ui/number-hits";
import { ArticleMeta } from "../../components/article/article-meta";
import { NumberedText } from "../../components/article/numbered-text";
import { RelatedList } from "../../components/article/related-list";
import { CiteButton } from "../../components/share/cite-button";
import { CopyLinkButton } from "../../components/share/copy-link-button";
import type { RawSearchParams } from "../../load-search";

export const dynamic = "force-dynamic";

type Props = { params: Promise<{ id: string }>; searchParams: Promise<RawSearchParams> };

const requestOrigin = async () => toRequestOrigin(await headers());

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { id } = await params;
  const engine = await getSearchEngine().catch(() => null);
  if (!engine) return {};
  const article = engine.getArticle(id);
  if (!article) return { title: { absolute: `找不到报道 — ${SITE_NAME}` } };
  const description = describeArticle(article);
  const title = `${article.title} — ${SITE_NAME}`;
  // The canonical link is the article without a query or a way back: one URL per article.
  const url = new URL(`/article/${encodeURIComponent(id)}`, await requestOrigin()).toString();
  return {
    title: { absolute: title },
    description,
    alternates: { canonical: url },
    openGraph: {
      title,
      description,
      type: "article",
      url,
      ...(article.date ? { publishedTime: article.date } : {}),
    },
  };
}

export default async function ArticlePage({ params, searchParams }: Props) {
  const [{ id }, raw] = await Promise.all([params, searchParams]);
  const engine = await getSearchEngine();
  const article = engine.getArticle(id);
  if (!article) notFound();

  // The query goes through the same parser as the search page (trimmed, length-capped).
  const q = parseSearchState({ q: firstParam(raw.q) ?? undefined }).state.q;
  const back = firstParam(raw.back);
  const backState = parseBackState(back, q);
  const highlighted = q ? engine.highlightArticle(id, q) : null;
  const plain = (text: string): Segment[] => [{ text, hit: false }];
  const title = highlighted?.title ?? plain(article.title);
  const paragraphs =
    highlighted?.paragraphs ??
    article.body
      .split("\n")
      .filter((p) => p.trim())
      .map(plain);
  const { blocks, hitCount } = numberHits([title, ...paragraphs]);
  const [titleBlock = [], ...bodyBlocks] = blocks;
  const related = engine.related(id, 6);

  return (
    <div className="mx-auto max-w-6xl px-4 pt-5 pb-16 sm:px-6">
      <nav
        aria-label="文章导航"
        className="mb-5 flex flex-wrap items-center justify-between gap-3 text-sm"
      >
        <Link
          prefetch={false}
          href={buildBackHref(back, q, id)}
          className="rounded-lg px-2 py-1 text-accent-700 hover:bg-accent-50"
        >
          ← 返回结果
        </Link>
        <div className="relative flex items-center gap-2">
          <CiteButton
            article={{
              title: article.title,
              author: article.author,
              source: article.source,
              date: article.date,
              url: article.url,
            }}
            pageUrl={new URL(`/article/${encodeURIComponent(id)}`, await requestOrigin()).href}
            serverDate={new Date().toISOString().slice(0, 10)}
          />
          <CopyLinkButton href={buildArticleHref(id, backState)} />
        </div>
      </nav>
      <div className="grid gap-8 lg:grid-cols-[minmax(0,1fr)_18rem]">
        <article className="min-w-0 self-start rounded-xl border border-stone-200 bg-white px-5 py-6 sm:px-10 sm:py-8">
          <h1 className="text-[22px] leading-snug font-semibold text-stone-900 sm:text-2xl">
            <NumberedText segments={titleBlock} />
          </h1>
          <p className="mt-2 text-sm text-stone-500">
            {[article.date, article.source, article.author].filter(Boolean).join(" · ")}
          </p>
          {q && (
            <p
              className="mt-4 rounded-lg bg-stone-50 px-3 py-2 text-sm text-stone-600"
              role="status"
            >
              {hitCount > 0 ? (
                <>
                  “{q}”在本文出现 <strong className="text-stone-900">{hitCount}</strong> 处 ·{" "}
                  <a href="#hit-0" className="text-accent-700 hover:underline">
                    跳到第一处
                  </a>
                </>
              ) : (
                <>本文没有直接出现“{q}”中的词语。</>
              )}
            </p>
          )}
          <div className="mt-6 space-y-4 text-base leading-8 text-stone-800">
            {bodyBlocks.map((segments, i) => (
              <p key={i}>
                <NumberedText segments={segments} />
              </p>
            ))}
          </div>
        </article>
        <aside className="space-y-4 lg:sticky lg:top-4 lg:self-start">
          <ArticleMeta article={article} />
          <RelatedList related={related} state={backState} />
        </aside>
      </div>
    </div>
  );
}
