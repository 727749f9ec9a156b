/**
 * Reusable typed arrays for per-query work over the whole collection. Allocating a fresh
 * 300 KB array per query is cheap by itself, but array buffers live outside the JS heap and
 * their churn makes V8 schedule full garbage collections, which with a loaded index cost far more
 * than the query. A slot is valid until its next use: callers finish with it within one search.
 */

export type Slot = "scores" | "tierScores" | "values" | "results" | "exactResults";

const floats = new Map<Slot, Float32Array>();
const uints = new Map<Slot, Uint32Array>();

/** A zero-filled Float32Array of length n, reused across calls for the same slot. */
export function scratchFloat32(slot: Slot, n: number): Float32Array {
  let buf = floats.get(slot);
  if (!buf || buf.length < n) floats.set(slot, (buf = new Float32Array(n)));
  const out = buf.subarray(0, n);
  out.fill(0);
  return out;
}

/** A Uint32Array of length n (contents undefined), reused across calls for the same slot. */
export function scratchUint32(slot: Slot, n: number): Uint32Array {
  let buf = uints.get(slot);
  if (!buf || buf.length < n) uints.set(slot, (buf = new Uint32Array(Math.max(n, 1024))));
  return buf.subarray(0, n);
}
