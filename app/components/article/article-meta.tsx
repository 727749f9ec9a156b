import type { ReactNode } from "react";
import type { Article } from "@/lib/article";
import { toSafeUrl } from "@/lib/safe-url";
import { RegionPathText } from "../search/region-path-text";

function Row({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div className="grid grid-cols-[3.5rem_1fr] gap-2 py-1.5">
      <dt className="text-stone-500">{label}</dt>
      <dd className="min-w-0 text-stone-800">{children}</dd>
    </div>
  );
}

/** Date, source, author, region, themes (with the keywords that earned them) and the original link. */
export function ArticleMeta({ article }: { article: Article }) {
  const url = toSafeUrl(article.url);
  return (
    <section
      aria-label="报道信息"
      className="rounded-xl border border-stone-200 bg-white px-4 py-3 text-sm"
    >
      <dl className="divide-y divide-stone-100">
        <Row label="日期">{article.date ?? "不详"}</Row>
        <Row label="来源">
          {article.source ?? "不详"}
          {article.sourceOriginal && (
            <span className="text-stone-500">（原作“{article.sourceOriginal}”）</span>
          )}
        </Row>
        {article.author && <Row label="作者">{article.author}</Row>}
        <Row label="地区">
          {article.region ? <RegionPathText region={article.region} /> : "未识别"}
        </Row>
        {article.themes.length > 0 && (
          <Row label="主题">
            <ul className="space-y-1.5">
              {article.themes.map((t) => (
                <li key={t.id}>
                  <span className="rounded-full bg-accent-50 px-2 py-0.5 text-xs text-accent-800">
                    {t.name}
                  </span>
                  {t.keywords.length > 0 && (
                    <span className="ml-1.5 text-xs text-stone-500">
                      依据：{t.keywords.join("、")}
                    </span>
                  )}
                </li>
              ))}
            </ul>
          </Row>
        )}
      </dl>
      {url && (
        <a
          href={url}
          target="_blank"
          rel="noopener noreferrer nofollow"
          className="mt-2 block truncate border-t border-stone-100 pt-2 text-accent-700 hover:underline"
        >
          查看原文 ↗
        </a>
      )}
    </section>
  );
}
