/** Set operations on ascending Uint32Arrays of doc numbers (the engine's match-set representation). */

/** The first index ≥ from with b[index] ≥ x (galloping, for a b much longer than the probes). */
export function seek(b: Uint32Array, x: number, from: number): number {
  const j = from;
  if (j >= b.length || b[j]! >= x) return j;
  let step = 1;
  while (j + step < b.length && b[j + step]! < x) step *= 2;
  let lo = j + (step >> 1);
  let hi = Math.min(j + step, b.length);
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (b[mid]! < x) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

export function intersectSorted(a: Uint32Array, b: Uint32Array): Uint32Array {
  if (a.length > b.length) [a, b] = [b, a];
  const out = new Uint32Array(a.length);
  let n = 0;
  let j = 0;
  for (let i = 0; i < a.length; i++) {
    const x = a[i]!;
    j = seek(b, x, j);
    if (j >= b.length) break;
    if (b[j] === x) out[n++] = x;
  }
  return out.subarray(0, n);
}

export function unionSorted(a: Uint32Array, b: Uint32Array): Uint32Array {
  const out = new Uint32Array(a.length + b.length);
  let i = 0;
  let j = 0;
  let n = 0;
  while (i < a.length && j < b.length) {
    const x = a[i]!;
    const y = b[j]!;
    if (x <= y) {
      out[n++] = x;
      i++;
      if (x === y) j++;
    } else {
      out[n++] = y;
      j++;
    }
  }
  while (i < a.length) out[n++] = a[i++]!;
  while (j < b.length) out[n++] = b[j++]!;
  return out.subarray(0, n);
}

export function differenceSorted(a: Uint32Array, b: Uint32Array): Uint32Array {
  const out = new Uint32Array(a.length);
  let j = 0;
  let n = 0;
  for (let i = 0; i < a.length; i++) {
    const x = a[i]!;
    while (j < b.length && b[j]! < x) j++;
    if (j >= b.length || b[j] !== x) out[n++] = x;
  }
  return out.subarray(0, n);
}

export function rangeSet(n: number): Uint32Array {
  const out = new Uint32Array(n);
  for (let i = 0; i < n; i++) out[i] = i;
  return out;
}
