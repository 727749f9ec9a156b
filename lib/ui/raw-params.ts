/** Search parameters as Next hands them to a page: absent, one value, or repeated. */
export type RawParamValue = string | string[] | undefined;

/** The first value of a parameter, or null. */
export function firstParam(v: RawParamValue): string | null {
  return (Array.isArray(v) ? v[0] : v) ?? null;
}

/** A page's parameters as URLSearchParams (repeated keys kept), for the parsers that take those. */
export function toUrlSearchParams(raw: Record<string, RawParamValue>): URLSearchParams {
  const params = new URLSearchParams();
  for (const [k, v] of Object.entries(raw)) for (const x of [v ?? []].flat()) params.append(k, x);
  return params;
}
