import Link from "next/link";

export default function NotFound() {
  return (
    <div className="mx-auto max-w-xl px-4 py-20 text-center">
      <p className="text-5xl font-light text-stone-300">404</p>
      <h1 className="mt-4 text-xl font-semibold text-stone-900">找不到这个页面</h1>
      <p className="mt-2 text-stone-600">链接可能有误，或这篇报道已不在当前索引中。</p>
      <Link
        href="/"
        className="mt-6 inline-block rounded-lg bg-accent-700 px-5 py-2 text-white hover:bg-accent-800"
      >
        回到检索首页
      </Link>
    </div>
  );
}
