import Link from "next/link";

/**
 * A facet value as a toggle link: a tick box, the name and its count. Links on the search page do
 * not prefetch: every view is searched per request, and a page holds ~100 of them.
 */
export function FacetRow({
  href,
  label,
  count,
  selected,
}: {
  href: string;
  label: string;
  count: number;
  selected: boolean;
}) {
  return (
    <Link
      prefetch={false}
      href={href}
      // Read as "湖北省，279 篇": a screen reader otherwise runs the name and the count together.
      aria-label={`${label}，${count.toLocaleString("zh-CN")} 篇${selected ? "，已选" : ""}`}
      data-facet-row
      className={`group flex min-w-0 flex-1 items-center gap-2 rounded-md px-1.5 py-1 text-sm hover:bg-stone-100 ${
        selected ? "font-medium text-stone-900" : "text-stone-700"
      }`}
    >
      <span
        aria-hidden="true"
        className={`flex h-3.5 w-3.5 shrink-0 items-center justify-center rounded-[3px] border text-[10px] leading-none ${
          selected
            ? "border-accent-700 bg-accent-700 text-white"
            : "border-stone-300 bg-white group-hover:border-stone-400"
        }`}
      >
        {selected ? "✓" : ""}
      </span>
      <span className="min-w-0 flex-1 truncate">{label}</span>
      <span className="shrink-0 text-xs tabular-nums text-stone-400">
        {count.toLocaleString("zh-CN")}
      </span>
    </Link>
  );
}
