/**
 * What a replica (or nginx) serves, asked over HTTP: its health (`/api/health`: the manifest it
 * serves, 200 when serving, 503 without an index) and how many articles a search finds, so the
 * tests can tell when a new index run has reached a replica.
 */

export interface Served {
  status: number;
  buildId: string | null;
  articleCount: number | null;
}

interface HealthBody {
  manifest?: { buildId?: string; articleCount?: number } | null;
}

/** The replica's health; status 0 when it does not answer (stopped, starting, killed). */
export async function readHealth(base: string, timeoutMs = 2000): Promise<Served> {
  try {
    const res = await fetch(`${base}/api/health`, { signal: AbortSignal.timeout(timeoutMs) });
    const body = (await res.json().catch(() => ({}))) as HealthBody;
    const buildId = res.headers.get("x-xunwen-index") ?? body.manifest?.buildId ?? null;
    return { status: res.status, buildId, articleCount: body.manifest?.articleCount ?? null };
  } catch {
    return { status: 0, buildId: null, articleCount: null };
  }
}

/** Every live article a search finds (no query, reposts not collapsed), or -1 without an answer. */
export async function countArticles(base: string): Promise<number> {
  try {
    const res = await fetch(`${base}/api/search?dup=all`, { signal: AbortSignal.timeout(30_000) });
    if (res.status !== 200) return -1;
    return ((await res.json()) as { matched?: number }).matched ?? -1;
  } catch {
    return -1;
  }
}

export const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** Polls `check` every `everyMs` until it holds; resolves with the time it held, or null. */
export async function waitFor(
  check: () => Promise<boolean>,
  timeoutMs: number,
  everyMs = 200,
): Promise<number | null> {
  for (const deadline = Date.now() + timeoutMs; Date.now() < deadline; await sleep(everyMs))
    if (await check()) return Date.now();
  return null;
}

/**
 * The index build the replica serves (200 on /api/health), or null when it does not serve.
 * A server built before /api/health existed (a stale .next) answers 404 there: then the build
 * its search answer names.
 */
export async function servedBuild(base: string): Promise<string | null> {
  const health = await readHealth(base);
  if (health.status === 200) return health.buildId ?? "";
  if (health.status !== 404) return null;
  try {
    const res = await fetch(`${base}/api/search?q=%E4%B8%AD`, {
      signal: AbortSignal.timeout(30_000),
    });
    await res.arrayBuffer();
    return res.status === 200 ? res.headers.get("x-xunwen-index") : null;
  } catch {
    return null;
  }
}

/** Until the replica serves an index; the time it did, or null. */
export function waitServing(base: string, timeoutMs: number): Promise<number | null> {
  return waitFor(async () => (await servedBuild(base)) !== null, timeoutMs, 250);
}

/**
 * For each base (a replica, asked directly), when it first finds at least `expected` articles
 * (polled every 100 ms, all at once), or null past the timeout.
 */
export function whenEachFinds(
  bases: string[],
  expected: number,
  timeoutMs: number,
): Promise<(number | null)[]> {
  return Promise.all(
    bases.map((base) =>
      waitFor(async () => (await countArticles(base)) >= expected, timeoutMs, 100),
    ),
  );
}
