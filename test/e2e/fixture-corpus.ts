import fs from "node:fs";
import path from "node:path";
import readline from "node:readline";
import zlib from "node:zlib";
import { DXY_CORPUS, XWLB_CORPUS } from "../../scripts/shared-corpus";

/**
 * A small real corpus for the browser tests, made at test time from the read-only xwlb transcripts
 * (never committed): every 4th non-empty record of Feb–Apr 2020, enough for several result pages,
 * provinces and months. The five sample pages are indexed alongside it, and the dxy items of
 * 2020-03-24…27: other outlets, one outlet under several names (央视新闻, 央视新闻app) and reposts.
 */
export const XWLB_FILE = XWLB_CORPUS;
export const DXY_FILE = DXY_CORPUS;
const DXY_FROM = "2020-03-24";
const DXY_TO = "2020-03-27";

/** The dxy items of DXY_FROM…DXY_TO, as they are. */
export async function writeDxyFixture(outFile: string): Promise<number> {
  const lines = fs.readFileSync(DXY_FILE, "utf8").split("\n");
  const kept = lines.filter((line) => {
    const date = /"date": ?"(\d{4}-\d{2}-\d{2})/.exec(line)?.[1];
    return date !== undefined && date >= DXY_FROM && date <= DXY_TO;
  });
  fs.mkdirSync(path.dirname(outFile), { recursive: true });
  fs.writeFileSync(outFile, kept.map((l) => `${l}\n`).join(""));
  return kept.length;
}
const FROM = "2020-02-01";
const TO = "2020-04-30";
const EVERY = 4;

export async function writeFixtureCorpus(outFile: string): Promise<number> {
  fs.mkdirSync(path.dirname(outFile), { recursive: true });
  const out = fs.createWriteStream(outFile);
  const lines = readline.createInterface({
    input: fs.createReadStream(XWLB_FILE).pipe(zlib.createGunzip()),
  });
  let seen = 0;
  let written = 0;
  for await (const line of lines) {
    const date = /"date": ?"(\d{4}-\d{2}-\d{2})/.exec(line)?.[1];
    if (!date || date < FROM) continue;
    if (date > TO) break; // the file is in date order
    if (/"text": ?""/.test(line)) continue;
    if (seen++ % EVERY === 0) {
      out.write(`${line}\n`);
      written++;
    }
  }
  lines.close();
  await new Promise<void>((resolve, reject) =>
    out.end((err?: Error | null) => (err ? reject(err) : resolve())),
  );
  return written;
}
