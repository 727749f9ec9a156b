import { NotFoundMessage } from "./not-found-message";

/** The 404 of an article id the served index does not have. */
export function ArticleNotFoundMessage() {
  return (
    <NotFoundMessage title="找不到这篇报道">
      它可能已从索引中撤下（更新过的报道编号不变，撤下的报道不再显示），或链接不完整。
    </NotFoundMessage>
  );
}
