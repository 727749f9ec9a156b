import Link from "next/link";
import type { RegionFacetNode, SearchState } from "@/lib/search/types";
import { toRegionFilterName } from "@/lib/ui/describe-state";
import { buildRegionToggleHref } from "@/lib/ui/search-links";
import { FacetRow } from "./facet-row";

function touchesSelection(node: RegionFacetNode, selected: string[]): boolean {
  return selected.some((v) => v === node.value || v.startsWith(`${node.value}/`));
}

// A large corpus has thousands of cities and counties. A branch off the selected path lists only
// its largest few children, one level deep, and links to the rest: choosing a region shows all of
// its children. That keeps the page small without hiding anything.
const CHILDREN_SHOWN = 5;

function visibleChildren(node: RegionFacetNode, state: SearchState): RegionFacetNode[] {
  if (touchesSelection(node, state.region)) return node.children;
  return node.children.slice(0, CHILDREN_SHOWN).map((child) => ({ ...child, children: [] }));
}

function hasMore(node: RegionFacetNode, state: SearchState): boolean {
  return (
    !touchesSelection(node, state.region) &&
    node.children.some((c, i) => i >= CHILDREN_SHOWN || c.children.length > 0)
  );
}

function RegionNodes({ nodes, state }: { nodes: RegionFacetNode[]; state: SearchState }) {
  return (
    <ul>
      {nodes.map((node) => (
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
            <details open={touchesSelection(node, state.region)}>
              <summary
                className="absolute top-0 left-0 flex h-8 w-5 items-center justify-center rounded text-stone-400 hover:text-stone-700"
                aria-label={`展开${node.name}的下级地区`}
              >
                <span
                  className="inline-block transition-transform [details[open]>summary>&]:rotate-90"
                  aria-hidden="true"
                >
                  ›
                </span>
              </summary>
              <div className="ml-3 border-l border-stone-200 pl-1">
                <RegionNodes nodes={visibleChildren(node, state)} state={state} />
                {hasMore(node, state) && (
                  <Link
                    prefetch={false}
                    href={buildRegionToggleHref(state, node.value)}
                    className="block py-1 pl-6 text-xs text-accent-700 hover:underline"
                  >
                    选择{node.name}，查看全部下级地区
                  </Link>
                )}
              </div>
            </details>
          )}
        </li>
      ))}
    </ul>
  );
}

/** Province › city › county with counts; provinces beyond the first ten sit behind "更多". */
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
          <RegionNodes nodes={rest} state={state} />
        </details>
      )}
    </>
  );
}
