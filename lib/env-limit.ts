/**
 * A limit an operator may set in the server's environment (XUNWEN_MAX_PAGE,
 * XUNWEN_EXPORT_MAX_ROWS), else its default. A value that is not a positive whole number is
 * ignored rather than taken as 0 or unlimited. In browser bundles the environment is empty, so
 * the default applies; the server's value is the one that counts.
 */
export function readLimitFromEnv(name: string, fallback: number): number {
  const raw = typeof process === "undefined" ? undefined : process.env[name];
  if (!raw) return fallback;
  const n = Number(raw);
  return Number.isSafeInteger(n) && n > 0 ? n : fallback;
}
