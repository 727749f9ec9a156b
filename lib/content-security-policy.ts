/**
 * The Content-Security-Policy of every response. Pages get a fresh nonce per request (proxy.ts):
 * Next marks its own inline bootstrap and chunk scripts with it, and 'strict-dynamic' lets those
 * load the rest, so no other script (say, one smuggled in through scraped article text) runs.
 * API responses carry no nonce and allow no inline script at all. Styles stay 'unsafe-inline':
 * a nonce in style-src would make browsers ignore it and block React's style attributes.
 */
export function buildContentSecurityPolicy(options: {
  nonce: string | null;
  dev: boolean;
}): string {
  const scripts = options.nonce ? [`'nonce-${options.nonce}'`, "'strict-dynamic'"] : [];
  // React's development tooling evaluates code; production never needs eval.
  if (options.dev) scripts.push("'unsafe-eval'");
  return [
    "default-src 'self'",
    `script-src 'self' ${scripts.join(" ")}`.trim(),
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data:",
    "font-src 'self'",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "frame-ancestors 'none'",
  ].join("; ");
}
