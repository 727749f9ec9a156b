import { createHash } from "node:crypto";
import { LRUCache } from "lru-cache";
import { parseSearchState, serializeSearchState } from "../search/query/search-state";

/**
 * Rendered answers kept per server process, keyed by the request's canonical search state (or its
 * sorted parameters, for other views) and the index
 * build that answered, so a page (the landing page, a shared link, a page of results) is rendered
 * once per build. Bounded by bytes, least recently used out first. A page's CSP nonce is stored as
 * the places it occurs, so each answer from the cache gets a fresh one.
 */

export interface CachedResponse {
  status: number;
  headers: Record<string, string>;
  /** The body cut at every occurrence of the nonce (one part if it has none). */
  parts: Buffer[];
  bytes: number;
  /** The body gzipped, kept once made, for an answer without a nonce. */
  gzipped?: Buffer;
}

/** Paths whose answer is the search state's and nothing else's. */
const SEARCH_STATE_PATHS = new Set(["/", "/api/search"]);

/** Paths whose answer depends only on the URL and the index build. */
const CACHEABLE = /^\/(?:$|article\/[^/]+$|kwic$|trends$|facets$|api\/(?:search|suggest|facets)$)/;

/** The cache key of a GET request, or null when it is not cached (other paths, RSC requests). */
export function toCacheKey(
  method: string | undefined,
  url: string,
  headers: Record<string, string | string[] | undefined>,
): string | null {
  if (method !== "GET" || headers["rsc"] || headers["next-router-prefetch"]) return null;
  const u = new URL(url, "http://x");
  if (!CACHEABLE.test(u.pathname) || u.searchParams.has("_rsc")) return null;
  if (SEARCH_STATE_PATHS.has(u.pathname)) {
    // A search is keyed by its canonical state (?q=疫情&page=1 is ?q=疫情), unless a parameter was
    // not understood: the page then says so, so that answer is another one.
    const { state, notices, adjustments } = parseSearchState(u.searchParams);
    if (notices.length === 0 && adjustments.length === 0)
      return `${u.pathname}?${serializeSearchState(state)}`;
  }
  // The same parameters in another order are the same request.
  const params = [...u.searchParams].sort(([a, x], [b, y]) =>
    a === b ? (x < y ? -1 : x > y ? 1 : 0) : a < b ? -1 : 1,
  );
  return `${u.pathname}?${new URLSearchParams(params).toString()}`;
}

/** A weak validator of a key's answer on one build: the answer differs only by its nonce. */
export function toEtag(key: string, buildId: string): string {
  return `W/"${buildId}-${createHash("sha1").update(key).digest("base64url").slice(0, 16)}"`;
}

export function splitAtNonce(body: Buffer, nonce: string | null): Buffer[] {
  if (!nonce) return [body];
  const needle = Buffer.from(nonce);
  const parts: Buffer[] = [];
  let from = 0;
  for (let at = body.indexOf(needle); at >= 0; at = body.indexOf(needle, from)) {
    parts.push(body.subarray(from, at));
    from = at + needle.length;
  }
  parts.push(body.subarray(from));
  return parts;
}

export function joinWithNonce(parts: readonly Buffer[], nonce: string): Buffer {
  const glue = Buffer.from(nonce);
  return Buffer.concat(parts.flatMap((p, i) => (i === 0 ? [p] : [glue, p])));
}

/**
 * Least recently used out first, bounded by the bytes of the bodies as rendered (a zipped copy kept
 * beside a JSON answer is about a fifth more); an answer over an eighth of the bound is not kept.
 */
export class ResponseCache {
  private readonly entries: LRUCache<string, CachedResponse>;

  constructor(maxBytes: number) {
    this.entries = new LRUCache<string, CachedResponse>({
      maxSize: maxBytes,
      maxEntrySize: Math.max(1, Math.floor(maxBytes / 8)),
      sizeCalculation: (v) => Math.max(1, v.bytes),
    });
  }

  get(key: string): CachedResponse | undefined {
    return this.entries.get(key);
  }

  set(key: string, value: CachedResponse): void {
    this.entries.set(key, value);
  }

  clear(): void {
    this.entries.clear();
  }

  get size(): number {
    return this.entries.size;
  }
}
