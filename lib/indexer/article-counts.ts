import type { Article } from "../article";

/** Provinces and themes of a run's articles, counted as they stream by (none is kept). */
export class ArticleCounts {
  readonly provinces = new Map<string, number>();
  readonly themes = new Map<string, number>();

  add(article: Article): void {
    bump(this.provinces, article.region?.province ?? "(未识别)");
    if (article.themes.length === 0) bump(this.themes, "(无)");
    for (const t of article.themes) bump(this.themes, t.name);
  }
}

function bump(map: Map<string, number>, key: string): void {
  map.set(key, (map.get(key) ?? 0) + 1);
}

/** Largest first. */
export function sortedCounts(map: ReadonlyMap<string, number>): [string, number][] {
  return [...map].sort((a, b) => b[1] - a[1]);
}
