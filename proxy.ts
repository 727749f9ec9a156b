import { NextResponse, type NextRequest } from "next/server";
import { buildContentSecurityPolicy } from "./lib/content-security-policy";
import { peekArticleExists } from "./lib/search/serve/served-engine";
import { NOT_FOUND_HEADER } from "./lib/ui/not-found-header";

// An unmatched path: Next renders app/not-found.tsx into the HTML for it, with status 404. A page
// calling notFound() gets the same status but an empty body until JavaScript runs (Next 16,
// vercel/next.js#98954), so a missing article is sent here before its page runs.
const MISSING_ARTICLE_PATH = "/_xunwen/missing-article";

function missingArticleId(pathname: string): boolean {
  const m = /^\/article\/([^/]+)\/?$/.exec(pathname);
  if (!m) return false;
  let id: string;
  try {
    id = decodeURIComponent(m[1]!);
  } catch {
    return true;
  }
  return peekArticleExists(id) === false;
}

/**
 * A per-request CSP nonce for every page. Next reads the policy from the request headers while it
 * renders and puts the nonce on its scripts; the browser gets the same policy on the response.
 */
export function proxy(request: NextRequest): NextResponse {
  const nonce = Buffer.from(crypto.randomUUID()).toString("base64");
  const policy = buildContentSecurityPolicy({ nonce, dev: process.env.NODE_ENV === "development" });
  const headers = new Headers(request.headers);
  headers.set("Content-Security-Policy", policy);
  headers.delete(NOT_FOUND_HEADER);
  const { pathname } = request.nextUrl;
  let response: NextResponse;
  if (pathname === MISSING_ARTICLE_PATH) {
    // Bound to another listening address (next start -H), Next serves a rewrite as a new request
    // that passes through here again, without the header set below.
    headers.set(NOT_FOUND_HEADER, "article");
    response = NextResponse.next({ request: { headers } });
  } else if (missingArticleId(pathname)) {
    headers.set(NOT_FOUND_HEADER, "article");
    const url = request.nextUrl.clone();
    url.pathname = MISSING_ARTICLE_PATH;
    url.search = "";
    response = NextResponse.rewrite(url, { request: { headers } });
  } else response = NextResponse.next({ request: { headers } });
  response.headers.set("Content-Security-Policy", policy);
  return response;
}

export const config = {
  matcher: [
    {
      // API routes and static files get the policy without a nonce from next.config.ts.
      source: "/((?!api|feed.xml|_next/static|_next/image|favicon.ico|icon.svg).*)",
      missing: [
        { type: "header", key: "next-router-prefetch" },
        { type: "header", key: "purpose", value: "prefetch" },
      ],
    },
  ],
};
