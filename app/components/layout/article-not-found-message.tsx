import { NotFoundMessage } from "./not-found-message";

/** The 404 of an article id the served index does not have. */
export function ArticleNotFoundMessage() {
  return (
    <NotFoundMessage title="找不到这篇报道">
      它可能不在当前索引中（索引重建后编号不变，但删除的报道会消失），或链接不完整。
    </NotFoundMessage>
  );
}
