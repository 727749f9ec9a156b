import chardet from "chardet";
import iconv from "iconv-lite";

export type DecodeFailure = "binary" | "empty" | "undecodable";
export type DecodeResult =
  { ok: true; text: string; encoding: string } | { ok: false; reason: DecodeFailure };

/** How much of a file the binary test and the encoding vote look at. */
const SAMPLE_BYTES = 64 * 1024;
/** Share of control bytes (other than tab, newline, CR, FF, ESC) above which a file is binary. */
const MAX_CONTROL_RATIO = 0.05;
/** Share of U+FFFD in a decoding above which that decoding is rejected. */
const MAX_REPLACEMENT_RATIO = 0.01;
/** Real Chinese prose has roughly a third of its characters in this set (both scripts); mis-decoded
 * bytes land on rare characters, so the share tells a right decoding from a wrong one. */
const COMMON_HANZI = new Set(
  "的一是不了在人有我他这這个個们們中来來上大为為和国國地到以说說时時要就出会會可也你对對生能而子那得于於" +
    "着著下自之年过過发發后後作里裡用道行所然家种種事成方多经經么麼去法学學如都同现現当當没沒动動面起看定" +
    "天分还還进進好小部其些主样樣理心本前开開但因只从從想实實日工作党黨区區组組织織疫情防控员員",
);
const MIN_COMMON_SHARE = 0.08;
const CJK = /[\u3400-\u9fff]/;

const UTF8_STRICT = new TextDecoder("utf-8", { fatal: true });

function looksBinary(sample: Buffer): boolean {
  let control = 0;
  for (const byte of sample) {
    if (byte === 0) return true;
    if (
      byte < 0x20 &&
      byte !== 0x09 &&
      byte !== 0x0a &&
      byte !== 0x0d &&
      byte !== 0x0c &&
      byte !== 0x1b
    ) {
      control++;
    }
  }
  return control / Math.max(sample.length, 1) > MAX_CONTROL_RATIO;
}

function isUtf8(buf: Buffer): boolean {
  try {
    UTF8_STRICT.decode(buf);
    return true;
  } catch {
    return false;
  }
}

interface Score {
  encoding: string;
  replacements: number;
  cjk: number;
  common: number;
}

function scoreDecoding(sample: Buffer, encoding: string): Score {
  const text = iconv.decode(sample, encoding);
  const score: Score = { encoding, replacements: 0, cjk: 0, common: 0 };
  for (const ch of text) {
    if (ch === "\ufffd") score.replacements++;
    else if (CJK.test(ch)) {
      score.cjk++;
      if (COMMON_HANZI.has(ch)) score.common++;
    }
  }
  score.replacements /= Math.max(text.length, 1);
  return score;
}

/** Candidate encodings: the detector's guesses (best first) plus the two Chinese legacy encodings. */
function candidates(sample: Buffer): string[] {
  const guessed = chardet
    .analyse(sample)
    .map((m) => m.name)
    .filter((name) => iconv.encodingExists(name));
  return [...new Set([...guessed, "GB18030", "Big5"])];
}

function pickEncoding(sample: Buffer): string | null {
  const scores = candidates(sample)
    .map((enc) => scoreDecoding(sample, enc))
    .filter((s) => s.replacements <= MAX_REPLACEMENT_RATIO);
  const chinese = scores
    .filter((s) => s.cjk > 0 && s.common / s.cjk >= MIN_COMMON_SHARE)
    .sort((a, b) => b.common / b.cjk - a.common / a.cjk);
  if (chinese[0]) return chinese[0].encoding;
  // No decoding reads as Chinese: trust the detector's first clean guess that is not a CJK one
  // (a Latin-1 page), since a CJK decoding of such bytes is a string of rare characters.
  const other = scores.find((s) => !/^(gb|big5|euc|shift|iso-2022)/i.test(s.encoding));
  return other?.encoding ?? null;
}

function finish(text: string, encoding: string): DecodeResult {
  if (!text.trim()) return { ok: false, reason: "empty" };
  return { ok: true, text, encoding };
}

/** Bytes of a scraped page → text: UTF-8 (BOM or not), UTF-16 with BOM, GB18030/GBK, Big5. */
export function decodeText(buf: Buffer): DecodeResult {
  if (buf.length === 0) return { ok: false, reason: "empty" };
  if (buf[0] === 0xef && buf[1] === 0xbb && buf[2] === 0xbf) {
    return finish(buf.subarray(3).toString("utf8"), "UTF-8");
  }
  if (buf[0] === 0xff && buf[1] === 0xfe) return finish(iconv.decode(buf, "utf-16le"), "UTF-16LE");
  if (buf[0] === 0xfe && buf[1] === 0xff) return finish(iconv.decode(buf, "utf-16be"), "UTF-16BE");
  const sample = buf.subarray(0, SAMPLE_BYTES);
  if (looksBinary(sample)) return { ok: false, reason: "binary" };
  if (isUtf8(buf)) return finish(buf.toString("utf8"), "UTF-8");
  const encoding = pickEncoding(sample);
  if (!encoding) return { ok: false, reason: "undecodable" };
  return finish(iconv.decode(buf, encoding), encoding);
}
