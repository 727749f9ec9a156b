import fs from "node:fs";
import { getTreeCpuSeconds } from "../process-tree";

/**
 * Where the machine's CPU went during a measurement: named process trees (the replicas, nginx,
 * this process as the load generator) and everything else on the machine (other people's work on
 * a shared box), from /proc. 100 % = one core.
 */

/** Busy CPU seconds of the whole machine since boot (all cores; idle and iowait excluded). */
function machineBusySeconds(): number {
  const cpu = fs.readFileSync("/proc/stat", "utf8").split("\n")[0]!.trim().split(/\s+/).slice(1);
  const ticks = cpu.map(Number);
  const total = ticks.slice(0, 8).reduce((a, b) => a + b, 0);
  return (total - ticks[3]! - ticks[4]!) / 100;
}

export interface CpuShares {
  seconds: number;
  /** Per named tree, in % of one core. */
  parts: Record<string, number>;
  generator: number;
  others: number;
  machine: number;
}

export function startCpuMeter(trees: Record<string, number>): { read(): CpuShares } {
  const t0 = performance.now();
  const machine0 = machineBusySeconds();
  const self0 = process.cpuUsage();
  const tree0 = Object.fromEntries(
    Object.entries(trees).map(([name, pid]) => [name, getTreeCpuSeconds(pid)]),
  );
  return {
    read() {
      const seconds = (performance.now() - t0) / 1000;
      const pct = (s: number) => (s / seconds) * 100;
      const parts = Object.fromEntries(
        Object.entries(trees).map(([name, pid]) => [
          name,
          pct(getTreeCpuSeconds(pid) - tree0[name]!),
        ]),
      );
      const self = process.cpuUsage(self0);
      const generator = pct((self.user + self.system) / 1e6);
      const machine = pct(machineBusySeconds() - machine0);
      const ours = generator + Object.values(parts).reduce((a, b) => a + b, 0);
      return { seconds, parts, generator, machine, others: Math.max(0, machine - ours) };
    },
  };
}

export function cpuLine(c: CpuShares): string {
  const parts = Object.entries(c.parts).map(([n, v]) => `${n} ${v.toFixed(0)} %`);
  return `CPU (100 % = one core, machine has 200 %): ${parts.join(" · ")} · load generator ${c.generator.toFixed(0)} % · everything else on the machine ${c.others.toFixed(0)} % · machine busy ${c.machine.toFixed(0)} %`;
}
