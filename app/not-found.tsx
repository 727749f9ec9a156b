import type { Metadata } from "next";
import { headers } from "next/headers";
import { SITE_NAME } from "@/lib/ui/describe-state";
import { NOT_FOUND_HEADER } from "@/lib/ui/not-found-header";
import { ArticleNotFoundMessage } from "./components/layout/article-not-found-message";
import { NotFoundMessage } from "./components/layout/not-found-message";

const isMissingArticle = async () => (await headers()).get(NOT_FOUND_HEADER) === "article";

export async function generateMetadata(): Promise<Metadata> {
  const title = (await isMissingArticle()) ? "找不到这篇报道" : "找不到这个页面";
  return { title: { absolute: `${title} — ${SITE_NAME}` } };
}

/** Any 404; a missing article is rewritten here by the proxy, which says so in a header. */
export default async function NotFound() {
  if (await isMissingArticle()) return <ArticleNotFoundMessage />;
  return (
    <NotFoundMessage title="找不到这个页面">
      链接可能有误，或这篇报道已不在当前索引中。
    </NotFoundMessage>
  );
}
