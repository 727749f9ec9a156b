/**
 * npm run bench:compose -- [INDEX_DIR] [--busy-ms 10] [--runs 3]
 * How long a server takes to compose a new view of a published index (all segments already loaded,
 * as after a swap that adds one) while its event loop is busy: a chain of setImmediate turns each
 * spends `--busy-ms` of work, as a worker saturated with requests does. Prints, per run, the idle
 * compose (the baseline, same run), the compose under the busy loop, how many busy turns ran
 * meanwhile (about the compose's pauses) and its longest stretch between two of them (the hold a
 * request would see).
 */
import path from "node:path";
import { parseArgs } from "node:util";
import { loadSearchEngine, SegmentCache } from "../../lib/search/store/load-search-engine";

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: { "busy-ms": { type: "string", default: "10" }, runs: { type: "string", default: "3" } },
});
const dir = positionals[0] ?? process.env.XUNWEN_INDEX_DIR ?? path.join("data", "index");
const busyMs = Number(values["busy-ms"]);
const cache = new SegmentCache();
await loadSearchEngine(dir, cache);

for (let run = 0; run < Number(values.runs); run++) {
  let t = performance.now();
  await loadSearchEngine(dir, cache);
  const idle = performance.now() - t;
  let stop = false;
  let turns = 0;
  let lastEnd = 0;
  let longest = 0;
  const busyTurn = () => {
    if (stop) return;
    const start = performance.now();
    if (lastEnd) longest = Math.max(longest, start - lastEnd);
    while (performance.now() - start < busyMs);
    turns++;
    lastEnd = performance.now();
    setImmediate(busyTurn);
  };
  setImmediate(busyTurn);
  t = performance.now();
  const engine = await loadSearchEngine(dir, cache);
  const busy = performance.now() - t;
  stop = true;
  console.log(
    `${engine.articleCount} articles · compose idle ${idle.toFixed(0)} ms · between ${busyMs} ms turns ${busy.toFixed(0)} ms (${turns} turns; longest stretch ${longest.toFixed(1)} ms)`,
  );
}
