/**
 * When added articles become searchable: polls `/api/search?from=DAY` (no query, every repost
 * counted in `matched`) where DAY is the first day after the served corpus ends, so any match is an
 * added article. Resolves at the first answer that finds some, with how many it found.
 */

export async function countFrom(base: string, fromDay: string): Promise<number> {
  const res = await fetch(`${base}/api/search?from=${fromDay}&dup=all`);
  if (res.status !== 200) return -1;
  return ((await res.json()) as { matched?: number }).matched ?? 0;
}

export interface Visible {
  at: number;
  found: number;
  polls: number;
}

export function pollUntilVisible(
  base: string,
  fromDay: string,
  stop: { stopped: boolean },
  everyMs = 200,
): Promise<Visible | null> {
  return (async () => {
    for (let polls = 1; !stop.stopped; polls++) {
      const found = await countFrom(base, fromDay).catch(() => -1);
      if (found > 0) return { at: Date.now(), found, polls };
      await new Promise((r) => setTimeout(r, everyMs));
    }
    return null;
  })();
}
