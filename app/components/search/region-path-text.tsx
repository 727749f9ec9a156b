import type { RegionPath } from "@/lib/article";

export function RegionPathText({ region }: { region: RegionPath }) {
  const parts = [region.province, region.city, region.county].filter((p): p is string =>
    Boolean(p),
  );
  return <span>{parts.join(" › ")}</span>;
}
