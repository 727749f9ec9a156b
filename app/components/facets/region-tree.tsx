import type { RegionFacetNode, SearchState } from "@/lib/search/types";
import { toRegionFilterName } from "@/lib/ui/describe-state";
import { buildFacetValuesQuery, toFacetValuesPageHref } from "@/lib/ui/facet-values";
import { buildRegionToggleHref } from "@/lib/ui/search-links";
import { FacetMore } from "./facet-more";
import { FacetRow } from "./facet-row";

function touchesSelection(node: RegionFacetNode, selected: string[]): boolean {
  return selected.some((v) => v === node.value || v.startsWith(`${node.value}/`));
}

// A large corpus has thousands of cities and counties. The page sends the provinces and the path
// to each selected region; a province's cities (and a city's counties) are asked for when its
// chevron is opened (FacetMore), so the page stays small without hiding anything.
function RegionNodes({ nodes, state }: { nodes: RegionFacetNode[]; state: SearchState }) {
  return (
    <ul>
      {nodes.map((node) => {
        const open = touchesSelection(node, state.region);
        return (
          <li key={node.value} className="relative">
            <div className="flex pl-5">
              <FacetRow
                href={buildRegionToggleHref(state, node.value)}
                label={toRegionFilterName(node.name)}
                count={node.count}
                selected={state.region.includes(node.value)}
              />
            </div>
            {node.children.length > 0 && (
              // Expanding works without JavaScript: the summary is the chevron beside the row.
              <details open={open}>
                <summary className="facet-chevron" aria-label={`展开${node.name}的下级地区`}>
                  <span aria-hidden="true">›</span>
                </summary>
                <div className="ml-3 border-l border-stone-200 pl-1">
                  {open ? (
                    <RegionNodes nodes={node.children} state={state} />
                  ) : (
                    <FacetMore facet="region" parent={node.value} />
                  )}
                </div>
              </details>
            )}
          </li>
        );
      })}
    </ul>
  );
}

/** Province › city › county with counts; provinces beyond the first ten sit behind "更多", asked
 * for when it is opened unless a selected region is among them. */
export function RegionTree({
  nodes,
  state,
  visible = 10,
}: {
  nodes: RegionFacetNode[];
  state: SearchState;
  visible?: number;
}) {
  if (nodes.length === 0) return <p className="px-1.5 text-sm text-stone-400">无</p>;
  const rest = nodes.slice(visible);
  return (
    <>
      <RegionNodes nodes={nodes.slice(0, visible)} state={state} />
      {rest.length > 0 && (
        <details open={rest.some((n) => touchesSelection(n, state.region))}>
          <summary className="px-1.5 py-1 text-sm text-accent-700 hover:underline">
            <span className="[details[open]>summary>&]:hidden">更多地区（{rest.length}）</span>
            <span className="hidden [details[open]>summary>&]:inline">收起</span>
          </summary>
          {rest.some((n) => touchesSelection(n, state.region)) ? (
            <RegionNodes nodes={rest} state={state} />
          ) : (
            <FacetMore
              facet="region"
              page={toFacetValuesPageHref(buildFacetValuesQuery(state, "region"))}
              skip={visible}
            />
          )}
        </details>
      )}
    </>
  );
}
