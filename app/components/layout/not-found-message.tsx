import Link from "next/link";
import type { ReactNode } from "react";

/** The 404 body shared by the site-wide and the article not-found pages. */
export function NotFoundMessage({ title, children }: { title: string; children: ReactNode }) {
  return (
    <div className="mx-auto max-w-xl px-4 py-20 text-center">
      <p className="text-5xl font-light text-stone-300">404</p>
      <h1 className="mt-4 text-xl font-semibold text-stone-900">{title}</h1>
      <p className="mt-2 text-stone-600">{children}</p>
      <Link
        href="/"
        className="mt-6 inline-block rounded-lg bg-accent-700 px-5 py-2 text-white hover:bg-accent-800"
      >
        回到检索首页
      </Link>
    </div>
  );
}
