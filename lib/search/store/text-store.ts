/**
 * All normalised titles and bodies in one UTF-16 string (loaded with a single decode, sliced per
 * document without copying), plus the sparse patches that turn normalised text back into the
 * original script. normalizeText is length-preserving, so a patch is just (position, original unit).
 * Layout file (little endian): u32[3] = magic, doc count N, patch count P; u32[2N+1] starts
 * (title start, body start per doc, then the end); u32[P] patch positions; u16[P] patch units.
 */

const LAYOUT_MAGIC = 0x54584758; // "XGXT"

export interface BuiltText {
  text: string;
  layout: Buffer;
}

export function buildTextStore(
  titles: readonly string[],
  bodies: readonly string[],
  normTitles: readonly string[],
  normBodies: readonly string[],
): BuiltText {
  const n = titles.length;
  const starts = new Uint32Array(2 * n + 1);
  const patchPos: number[] = [];
  const patchUnit: number[] = [];
  const parts: string[] = [];
  let at = 0;
  const add = (original: string, norm: string): void => {
    for (let i = 0; i < norm.length; i++) {
      const o = original.charCodeAt(i);
      if (o !== norm.charCodeAt(i)) {
        patchPos.push(at + i);
        patchUnit.push(o);
      }
    }
    parts.push(norm, "\n");
    at += norm.length + 1;
  };
  for (let d = 0; d < n; d++) {
    starts[2 * d] = at;
    add(titles[d]!, normTitles[d]!);
    starts[2 * d + 1] = at;
    add(bodies[d]!, normBodies[d]!);
  }
  starts[2 * n] = at;
  const header = new Uint32Array([LAYOUT_MAGIC, n, patchPos.length]);
  const layout = Buffer.concat([
    Buffer.from(header.buffer),
    Buffer.from(starts.buffer),
    Buffer.from(Uint32Array.from(patchPos).buffer),
    Buffer.from(Uint16Array.from(patchUnit).buffer),
  ]);
  return { text: parts.join(""), layout };
}

export class TextStore {
  private readonly starts: Uint32Array;
  private readonly patchPos: Uint32Array;
  private readonly patchUnit: Uint16Array;

  constructor(
    private readonly text: string,
    layoutFile: Uint8Array,
    name: string,
  ) {
    const buf = layoutFile.byteOffset % 4 === 0 ? layoutFile : new Uint8Array(layoutFile);
    const header = new Uint32Array(buf.buffer, buf.byteOffset, 3);
    if (header[0] !== LAYOUT_MAGIC) throw new Error(`${name}: not a text layout file`);
    const n = header[1]!;
    const p = header[2]!;
    let at = buf.byteOffset + 12;
    this.starts = new Uint32Array(buf.buffer, at, 2 * n + 1);
    this.patchPos = new Uint32Array(buf.buffer, (at += 4 * (2 * n + 1)), p);
    this.patchUnit = new Uint16Array(buf.buffer.slice((at += 4 * p), at + 2 * p));
  }

  /** Normalised title of doc d. */
  title(d: number): string {
    return this.text.substring(this.starts[2 * d]!, this.starts[2 * d + 1]! - 1);
  }

  /** Normalised body of doc d. */
  body(d: number): string {
    return this.text.substring(this.starts[2 * d + 1]!, this.starts[2 * d + 2]! - 1);
  }

  titleLength(d: number): number {
    return this.starts[2 * d + 1]! - 1 - this.starts[2 * d]!;
  }

  bodyLength(d: number): number {
    return this.starts[2 * d + 2]! - 1 - this.starts[2 * d + 1]!;
  }

  /** The body in its original script. */
  originalBody(d: number): string {
    const from = this.starts[2 * d + 1]!;
    const to = this.starts[2 * d + 2]! - 1;
    let lo = 0;
    let hi = this.patchPos.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (this.patchPos[mid]! < from) lo = mid + 1;
      else hi = mid;
    }
    if (lo >= this.patchPos.length || this.patchPos[lo]! >= to)
      return this.text.substring(from, to);
    const units: string[] = [];
    let cursor = from;
    for (let i = lo; i < this.patchPos.length && this.patchPos[i]! < to; i++) {
      const pos = this.patchPos[i]!;
      units.push(this.text.substring(cursor, pos), String.fromCharCode(this.patchUnit[i]!));
      cursor = pos + 1;
    }
    units.push(this.text.substring(cursor, to));
    return units.join("");
  }
}
