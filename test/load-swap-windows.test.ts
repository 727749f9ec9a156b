import { describe, expect, it } from "vitest";
import { parseSwitchLine, swapWindows, worstLagP99, type LagReport } from "../scripts/load/lag";

const line = (build: string, loaded: string) =>
  `[xunwen] switched to index build ${build} (/x/.index-builds/${build}); loaded in ${loaded} s, 1.0 s after it was built; old is retired`;

const second = (at: number, p99: number): LagReport => ({
  at,
  worker: 1,
  p50: 1,
  p99,
  max: p99,
  gcMax: 0,
  gcKind: "",
});

describe("the load test's swaps", () => {
  it("reads the build and its load time from the server's switch line", () => {
    expect(parseSwitchLine(line("b2", "0.8"), 5000)).toEqual({
      buildId: "b2",
      at: 5000,
      loadMs: 800,
    });
    expect(parseSwitchLine('{"lag":{"worker":1}}')).toBeNull();
  });

  it("measures a background merge's swap as a swap of its own, after the add's", () => {
    // Two workers switch to the add's build, then (10 s later) to its merge's.
    const switches = [
      parseSwitchLine(line("add", "1.0"), 10_000)!,
      parseSwitchLine(line("add", "0.5"), 10_400)!,
      parseSwitchLine(line("merge", "2.0"), 20_000)!,
      parseSwitchLine(line("merge", "1.0"), 20_300)!,
    ];
    const windows = swapWindows(switches);
    expect(windows).toEqual([
      { buildId: "add", from: 9000, to: 12_400 },
      { buildId: "merge", from: 18_000, to: 22_300 },
    ]);
    // A bad second right after the merge's switch is the merge swap's, not "after every swap".
    const lag = [second(11_000, 20), second(15_000, 90), second(21_000, 70)];
    expect(windows.map((w) => worstLagP99(lag, w.from, w.to))).toEqual([20, 70]);
  });
});
