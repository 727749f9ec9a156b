import type { FacetValue } from "@/lib/search/types";
import type { FacetName } from "@/lib/ui/facet-values";
import { FacetMore } from "./facet-more";
import { FacetRow } from "./facet-row";

/**
 * A flat facet (themes, sources): the first `visible` values; the rest behind "更多", asked for
 * when it is opened (`more`), unless a selected value is among them.
 */
export function ValueList({
  values,
  selected,
  buildHref,
  more,
  visible = 10,
}: {
  values: FacetValue[];
  selected: string[];
  buildHref: (value: string) => string;
  /** Which facet this is, and the plain page of all its values (for "更多" without JavaScript). */
  more: { facet: FacetName; page: string };
  visible?: number;
}) {
  if (values.length === 0) return <p className="px-1.5 text-sm text-stone-400">无</p>;
  const rows = (list: FacetValue[]) => (
    <ul>
      {list.map((v) => (
        <li key={v.value} className="flex">
          <FacetRow
            href={buildHref(v.value)}
            label={v.value}
            count={v.count}
            selected={selected.includes(v.value)}
          />
        </li>
      ))}
    </ul>
  );
  const head = values.slice(0, visible);
  const rest = values.slice(visible);
  // A selected value hidden under "更多" would be easy to forget, so the panel opens for it.
  const restHasSelected = rest.some((v) => selected.includes(v.value));
  return (
    <>
      {rows(head)}
      {rest.length > 0 && (
        <details open={restHasSelected}>
          <summary className="px-1.5 py-1 text-sm text-accent-700 hover:underline">
            <span className="[details[open]>summary>&]:hidden">更多（{rest.length}）</span>
            <span className="hidden [details[open]>summary>&]:inline">收起</span>
          </summary>
          {restHasSelected ? (
            rows(rest)
          ) : (
            <FacetMore facet={more.facet} page={more.page} skip={visible} />
          )}
        </details>
      )}
    </>
  );
}
