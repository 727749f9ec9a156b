import { ArticleNotFoundMessage } from "@/app/components/layout/article-not-found-message";

export default function ArticleNotFound() {
  return <ArticleNotFoundMessage />;
}
