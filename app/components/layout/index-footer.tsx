import { connection } from "next/server";
import { loadServedBuild } from "@/lib/search/serve/get-search-engine";

/** Which index served this page: its build date and size, so a shared link can be dated. */
export async function IndexFooter() {
  // Rendered per request, never at build time: the index is the server's, not the build's.
  await connection();
  const build = await loadServedBuild();
  if (!build) return null;
  const built = build.builtAt ? formatBuiltAt(build.builtAt) : null;
  return (
    <footer className="border-t border-stone-200 py-6 text-center text-xs text-stone-500">
      索引{built ? `建于 ${built}` : ` ${build.buildId}`} · 共{" "}
      {build.articleCount.toLocaleString("zh-CN")} 篇
      <span className="sr-only">（索引编号 {build.buildId}）</span>
      {build.taxonomy && (
        <span className="block" data-taxonomy>
          主题分类：{build.taxonomy.name ?? build.taxonomy.file}
          {build.taxonomy.name && `（${build.taxonomy.file}）`}，{build.taxonomy.themes.length}{" "}
          个主题
        </span>
      )}
    </footer>
  );
}

/** "2026-12-02 07:10 (UTC+8)": Beijing time, the corpus' own. */
function formatBuiltAt(iso: string): string {
  const d = new Date(new Date(iso).getTime() + 8 * 3600_000);
  return `${d.toISOString().slice(0, 16).replace("T", " ")}（北京时间）`;
}
