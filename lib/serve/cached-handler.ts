import type { IncomingMessage, ServerResponse } from "node:http";
import { randomUUID } from "node:crypto";
import { gzipSync } from "node:zlib";
import {
  joinWithNonce,
  ResponseCache,
  splitAtNonce,
  toCacheKey,
  toEtag,
  type CachedResponse,
} from "./response-cache";
import { RenderQueue } from "./render-queue";

/**
 * Wraps a request handler (Next's) with the response cache: a cacheable GET on the same index
 * build is answered from memory (a fresh CSP nonce spliced in), or with 304 when the client's
 * ETag matches; a miss is rendered by the handler and kept. Cached answers are compressed here
 * (the handler is asked for identity encoding), so the nonce can be replaced in plain text.
 * Every cacheable answer says `Cache-Control: public, no-cache` with its ETag, so a reverse proxy
 * may keep it and revalidate; a new index build changes every ETag.
 */

type Handler = (req: IncomingMessage, res: ServerResponse) => Promise<void> | void;

const NONCE = /'nonce-([^']+)'/;
/** Headers of the handler's answer that the cache sets itself, or that belong to one connection. */
const OWN_HEADERS = new Set([
  "content-length",
  "content-encoding",
  "transfer-encoding",
  "connection",
  "keep-alive",
  "date",
  "etag",
  "cache-control",
]);

export interface CachedHandlerOptions {
  maxBytes: number;
  /** The build that answers now, or null before an index is loaded (nothing is cached then). */
  currentBuild: () => Promise<string | null>;
}

/** The client closed its connection before its page was rendered. */
class ClientGone extends Error {
  constructor() {
    super("the client closed the connection during the render");
  }
}

function send(
  res: ServerResponse,
  entry: CachedResponse,
  etag: string,
  gzip: boolean,
  from: "hit" | "miss",
): void {
  const fresh = Buffer.from(randomUUID()).toString("base64");
  const headers = { ...entry.headers };
  const csp = headers["content-security-policy"];
  if (csp) headers["content-security-policy"] = csp.replace(NONCE, `'nonce-${fresh}'`);
  const withNonce = entry.parts.length > 1;
  let body = withNonce ? joinWithNonce(entry.parts, fresh) : entry.parts[0]!;
  if (gzip) {
    // An answer without a nonce (the API's JSON) is the same bytes each time: zipped once.
    body = withNonce ? gzipSync(body, { level: 4 }) : (entry.gzipped ??= gzipSync(body));
    headers["content-encoding"] = "gzip";
  }
  // writeHead merges what the handler set on `res` (a proxied rewrite sets transfer-encoding).
  for (const name of res.getHeaderNames()) res.removeHeader(name);
  // Only a page that is kept gets a validator; an error page is not revalidated but asked again.
  const validation =
    entry.status === 200
      ? { etag, "cache-control": "public, no-cache" }
      : { "cache-control": "no-store" };
  res.writeHead(entry.status, {
    ...headers,
    ...validation,
    "x-xunwen-cache": from,
    "content-length": String(body.length),
  });
  res.end(body);
}

/** Renders through the handler into memory: uncompressed, headers and body kept, nothing sent. */
async function render(
  handle: Handler,
  req: IncomingMessage,
  res: ServerResponse,
): Promise<CachedResponse> {
  req.headers["accept-encoding"] = "identity";
  const chunks: Buffer[] = [];
  let fail: (e: unknown) => void = () => {};
  const captured = new Promise<CachedResponse>((resolve, reject) => {
    fail = reject;
    res.write = ((chunk: string | Uint8Array) => {
      chunks.push(Buffer.from(chunk));
      return true;
    }) as ServerResponse["write"];
    res.end = ((chunk?: string | Uint8Array | (() => void)) => {
      if (chunk && typeof chunk !== "function") chunks.push(Buffer.from(chunk));
      resolve(toEntry(res, Buffer.concat(chunks)));
      return res;
    }) as ServerResponse["end"];
  });
  // Headers are written with the body, by `send`, not by the handler.
  res.writeHead = ((status: number, ...rest: unknown[]) => {
    res.statusCode = status;
    const given = rest.find((r) => typeof r === "object" && r !== null);
    if (Array.isArray(given))
      for (let i = 0; i + 1 < given.length; i += 2) res.setHeader(String(given[i]), given[i + 1]);
    else if (given)
      for (const [k, v] of Object.entries(given)) if (v !== undefined) res.setHeader(k, v);
    return res;
  }) as ServerResponse["writeHead"];
  // A client that goes away mid-render: Next stops and never ends the answer, so the render ends here
  // (and frees its place in the render queue) rather than never.
  const onClose = () => fail(new ClientGone());
  // A not-found page comes through Next's internal proxy (httpxy), whose pipes bring one answer
  // to 11 "close" listeners, one over Node's leak warning: they go with the answer, no leak.
  res.setMaxListeners(20);
  res.once("close", onClose);
  // It may have gone while this render waited its turn.
  if (!res.socket || res.socket.destroyed) onClose();
  else Promise.resolve(handle(req, res)).catch((e: unknown) => fail(e));
  try {
    return await captured;
  } finally {
    res.off("close", onClose);
    restore(res);
  }
}

export function withResponseCache(handle: Handler, options: CachedHandlerOptions): Handler {
  const cache = new ResponseCache(options.maxBytes);
  // Renders in progress: a request for a page being rendered waits for that render (as
  // nginx's proxy_cache_lock does), so a burst on a new page renders it once, not once each.
  const rendering = new Map<string, Promise<CachedResponse>>();
  const queue = new RenderQueue();
  let cachedBuild: string | null = null;
  return async (req, res) => {
    const key = toCacheKey(req.method, req.url ?? "/", req.headers);
    const build = key ? await options.currentBuild() : null;
    if (!key || !build) return handle(req, res);
    if (build !== cachedBuild) {
      cache.clear();
      rendering.clear();
      cachedBuild = build;
    }
    const etag = toEtag(key, build);
    if (req.headers["if-none-match"] === etag) {
      res.writeHead(304, { etag, "cache-control": "public, no-cache" });
      res.end();
      return;
    }
    const gzip = /\bgzip\b/.test(String(req.headers["accept-encoding"] ?? ""));
    const hit = cache.get(key);
    if (hit) return send(res, hit, etag, gzip, "hit");
    const slot = `${build} ${key}`;
    const pending = rendering.get(slot);
    if (pending) {
      const shared = await pending.catch(() => null);
      if (shared?.status === 200) return send(res, shared, etag, gzip, "hit");
    }
    // A miss: render uncompressed, keep the bytes, and answer from them as from a hit.
    const rendered = queue.run(() => render(handle, req, res));
    rendering.set(slot, rendered);
    let entry: CachedResponse;
    try {
      entry = await rendered;
    } catch (error) {
      // Nobody is left to answer; whoever waited on this render renders the page itself.
      if (error instanceof ClientGone) return;
      throw error;
    } finally {
      if (rendering.get(slot) === rendered) rendering.delete(slot);
    }
    if (entry.status === 200 && !res.hasHeader("set-cookie")) cache.set(key, entry);
    send(res, entry, etag, gzip, "miss");
  };
}

function toEntry(res: ServerResponse, body: Buffer): CachedResponse {
  const headers: Record<string, string> = {};
  for (const [name, v] of Object.entries(res.getHeaders()))
    if (v !== undefined && !OWN_HEADERS.has(name))
      headers[name] = Array.isArray(v) ? v.join(", ") : String(v);
  const nonce = NONCE.exec(headers["content-security-policy"] ?? "")?.[1] ?? null;
  return { status: res.statusCode, headers, parts: splitAtNonce(body, nonce), bytes: body.length };
}

/** Puts back the response's own write methods (shadowed on the instance above). */
function restore(res: ServerResponse): void {
  for (const m of ["write", "end", "writeHead"] as const)
    delete (res as unknown as Record<string, unknown>)[m];
}
