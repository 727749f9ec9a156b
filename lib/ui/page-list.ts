/** Page numbers for a pager: first, last, and a window around the current page, with gaps. */

export type PageItem = number | "gap";

export function toPageCount(total: number, size: number): number {
  return size > 0 ? Math.max(1, Math.ceil(total / size)) : 1;
}

/** The pages a pager may offer: all of them, but never past the last page the server serves. */
export function toServedPages(
  total: number,
  size: number,
  maxPage: number,
): { pageCount: number; capped: boolean; reachable: number } {
  const all = toPageCount(total, size);
  const pageCount = Math.min(all, maxPage);
  return { pageCount, capped: all > maxPage, reachable: Math.min(total, pageCount * size) };
}

export function buildPageList(current: number, pageCount: number, around = 2): PageItem[] {
  const pages = new Set<number>([1, pageCount]);
  for (let p = current - around; p <= current + around; p++) {
    if (p >= 1 && p <= pageCount) pages.add(p);
  }
  const sorted = [...pages].sort((a, b) => a - b);
  const items: PageItem[] = [];
  sorted.forEach((p, i) => {
    const prev = sorted[i - 1];
    // A gap of exactly one page is shown as that page: "…" would hide a single number.
    if (prev !== undefined && p - prev === 2) items.push(prev + 1);
    else if (prev !== undefined && p - prev > 2) items.push("gap");
    items.push(p);
  });
  return items;
}
