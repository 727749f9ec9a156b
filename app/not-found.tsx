import { NotFoundMessage } from "./components/layout/not-found-message";

export default function NotFound() {
  return (
    <NotFoundMessage title="找不到这个页面">
      链接可能有误，或这篇报道已不在当前索引中。
    </NotFoundMessage>
  );
}
