"use client";

import { useEffect, useRef, useState } from "react";
import {
  buildFacetValuesQueryFromUrl,
  toFacetValuesApiHref,
  type FacetName,
  type FacetValueRow,
} from "@/lib/ui/facet-values";
import { FacetRow } from "./facet-row";

/**
 * The values a results page leaves out (a region's children, sources past the first few), asked
 * for when the surrounding <details> is first opened, for the search in the page's own address
 * (the URL is the state, so the page need not repeat it here for every region). Without
 * JavaScript, or if the request fails, `page` (a link to the plain page of those values) or, for
 * a region, a hint to select it stays.
 */
export function FacetMore({
  facet,
  parent = null,
  page = null,
  skip = 0,
}: {
  facet: FacetName;
  parent?: string | null;
  page?: string | null;
  skip?: number;
}) {
  const tree = facet === "region";
  const anchor = useRef<HTMLDivElement>(null);
  const [rows, setRows] = useState<FacetValueRow[] | null>(null);
  const [failed, setFailed] = useState(false);
  useEffect(() => {
    const details = anchor.current?.closest("details");
    if (!details) return;
    let asked = false;
    const load = () => {
      if (!details.open || asked) return;
      asked = true;
      fetch(toFacetValuesApiHref(buildFacetValuesQueryFromUrl(location.search, facet, parent)))
        .then((r) => (r.ok ? (r.json() as Promise<{ values: FacetValueRow[] }>) : Promise.reject()))
        .then((body) => setRows(body.values.slice(skip)))
        .catch(() => setFailed(true));
    };
    load();
    details.addEventListener("toggle", load);
    return () => details.removeEventListener("toggle", load);
  }, [facet, parent, skip]);
  return (
    <div ref={anchor} data-facet-more>
      {rows ? (
        <ul>
          {rows.map((r) => {
            const row = (
              <FacetRow href={r.href} label={r.label} count={r.count} selected={r.selected} />
            );
            if (!tree)
              return (
                <li key={r.value} className="flex">
                  {row}
                </li>
              );
            // A region row, indented for the chevron as the page's own rows are.
            return (
              <li key={r.value} className="relative">
                <div className="flex pl-5">{row}</div>
                {r.hasChildren && (
                  <details>
                    <summary className="facet-chevron" aria-label={`展开${r.label}的下级地区`}>
                      <span aria-hidden="true">›</span>
                    </summary>
                    <div className="ml-3 border-l border-stone-200 pl-1">
                      <FacetMore facet="region" parent={r.value} />
                    </div>
                  </details>
                )}
              </li>
            );
          })}
        </ul>
      ) : page ? (
        <a
          href={page}
          className="block py-1 pl-6 text-xs text-accent-700 hover:underline"
          aria-busy={!failed}
        >
          {failed ? "载入失败，打开列表页" : "显示全部"}
        </a>
      ) : (
        <p className="py-1 pl-6 text-xs text-stone-500" aria-busy={!failed}>
          {failed ? "载入失败：选择该地区可查看其下级地区" : "选择该地区可查看其下级地区"}
        </p>
      )}
    </div>
  );
}
