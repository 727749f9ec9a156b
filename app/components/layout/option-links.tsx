import Link from "next/link";

export const OPTION_LINK = "rounded-md px-2 py-1 text-stone-600 hover:bg-stone-100";
const CURRENT = "rounded-md bg-stone-800 px-2 py-1 text-white";

/** A view's choice (a sort, a period, a measure) as links, the current one marked. */
export function OptionLinks({
  label,
  options,
}: {
  label: string;
  options: { key: string; label: string; href: string; current: boolean }[];
}) {
  return (
    <nav aria-label={label} className="flex gap-1">
      {options.map((o) => (
        <Link
          key={o.key}
          prefetch={false}
          href={o.href}
          aria-current={o.current ? "true" : undefined}
          className={o.current ? CURRENT : OPTION_LINK}
        >
          {o.label}
        </Link>
      ))}
    </nav>
  );
}
