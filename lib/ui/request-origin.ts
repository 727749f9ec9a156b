const SAFE_HOST = /^(?:[\w-]+(?:\.[\w-]+)*|\[[\da-f:]+\])(?::\d{1,5})?$/i;

/**
 * This server's origin as the client reached it (a reverse proxy's forwarded host first), for
 * absolute links: canonical URLs and feeds. A forged Host header must not make a page name
 * someone else's site as its address, so anything that is not a plain host[:port] is localhost.
 */
export function toRequestOrigin(headers: Pick<Headers, "get">): string {
  const host = headers.get("x-forwarded-host") ?? headers.get("host") ?? "";
  const proto = headers.get("x-forwarded-proto") === "https" ? "https" : "http";
  return `${proto}://${SAFE_HOST.test(host) ? host : "localhost"}`;
}
