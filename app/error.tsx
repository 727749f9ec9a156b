"use client";

import Link from "next/link";

/** Shown when the engine cannot answer (e.g. no index built yet); bad URLs never land here. */
export default function ErrorPage({
  reset,
}: {
  error: Error & { digest?: string };
  reset: () => void;
}) {
  return (
    <div className="mx-auto max-w-xl px-4 py-20 text-center">
      <h1 className="text-xl font-semibold text-stone-900">检索服务暂时不可用</h1>
      <p className="mt-2 text-stone-600">
        索引可能尚未建立或正在加载。管理员可运行{" "}
        <code className="rounded bg-stone-100 px-1">npm run index:sample</code> 后重试。
      </p>
      <div className="mt-6 flex justify-center gap-3">
        <button
          type="button"
          onClick={reset}
          className="rounded-lg bg-accent-700 px-5 py-2 text-white hover:bg-accent-800"
        >
          重试
        </button>
        <Link
          href="/"
          className="rounded-lg border border-stone-300 px-5 py-2 text-stone-700 hover:bg-stone-50"
        >
          回到首页
        </Link>
      </div>
    </div>
  );
}
