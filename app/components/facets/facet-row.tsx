import Link from "next/link";

/**
 * A facet value as a toggle link: a tick box, the name and its count. Links on the search page do
 * not prefetch: every view is searched per request, and a page holds dozens of them. The styles
 * are named classes (globals.css), as a page repeats this row many times.
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
      data-selected={selected ? "" : undefined}
      className="facet-row"
    >
      <span aria-hidden="true" className="facet-box">
        {selected ? "✓" : ""}
      </span>
      <span className="facet-label">{label}</span>
      <span className="facet-count">{count.toLocaleString("zh-CN")}</span>
    </Link>
  );
}
