import type { Metadata, Viewport } from "next";
import Link from "next/link";
import type { ReactNode } from "react";
import { IndexFooter } from "./components/layout/index-footer";
import "./globals.css";

export const metadata: Metadata = {
  title: { default: "寻文 — 中文新闻全文检索", template: "%s — 寻文" },
  description: "寻文：面向研究者的中文新闻报道全文检索，可按地区、日期、主题和来源筛选。",
};

export const viewport: Viewport = { width: "device-width", initialScale: 1, themeColor: "#fafaf9" };

export default function RootLayout({ children }: { children: ReactNode }) {
  return (
    <html lang="zh-CN">
      <body className="min-h-screen bg-stone-50 font-sans text-stone-800 antialiased">
        <a
          href="#main"
          className="sr-only focus:not-sr-only focus:absolute focus:top-2 focus:left-2 focus:z-50 focus:rounded focus:bg-white focus:px-3 focus:py-2"
        >
          跳到主要内容
        </a>
        <header className="border-b border-stone-200 bg-white">
          <div className="mx-auto flex max-w-6xl items-baseline gap-3 px-4 py-3 sm:px-6">
            <Link
              href="/"
              className="text-xl font-bold tracking-wide text-stone-900 hover:text-accent-700"
            >
              寻文
            </Link>
            <span className="text-sm text-stone-500">中文新闻报道全文检索</span>
          </div>
        </header>
        <main id="main">{children}</main>
        <IndexFooter />
      </body>
    </html>
  );
}
