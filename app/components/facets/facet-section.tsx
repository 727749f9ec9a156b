import type { ReactNode } from "react";

export function FacetSection({ title, children }: { title: string; children: ReactNode }) {
  return (
    <section className="border-b border-stone-200 py-4 last:border-b-0" aria-label={title}>
      <h3 className="mb-2 text-xs font-semibold tracking-wider text-stone-500">{title}</h3>
      {children}
    </section>
  );
}
