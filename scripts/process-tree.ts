import { readdirSync, readFileSync } from "node:fs";

/** A process and its descendants from /proc: which they are, their memory and CPU (Linux). */

/** A /proc file's text, or "" when the process has gone. */
function readProc(file: string): string {
  try {
    return readFileSync(file, "utf8");
  } catch {
    return "";
  }
}

function parentOf(pid: number): number | null {
  // /proc/<pid>/stat: "pid (comm) state ppid …"; comm may contain spaces, so split after ")".
  const stat = readProc(`/proc/${pid}/stat`);
  return stat ? Number(stat.slice(stat.lastIndexOf(")") + 2).split(" ")[1]) : null;
}

/** `pid` and its descendants (the server's workers), from /proc. */
export function processTree(pid: number): Set<number> {
  const pids = readdirSync("/proc")
    .filter((d) => /^\d+$/.test(d))
    .map(Number);
  const tree = new Set([pid]);
  for (let grew = true; grew;) {
    grew = false;
    for (const p of pids) {
      const parent = parentOf(p);
      if (parent !== null && tree.has(parent) && !tree.has(p)) {
        tree.add(p);
        grew = true;
      }
    }
  }
  return tree;
}

/** VmRSS in MB of `pid` and its descendants (the server's workers). */
export function getTreeRssMb(pid: number): number {
  const tree = processTree(pid);
  let kb = 0;
  for (const p of tree) {
    const m = /VmRSS:\s+(\d+)/.exec(readProc(`/proc/${p}/status`));
    kb += Number(m?.[1] ?? 0);
  }
  return kb / 1024;
}

/** CPU seconds (user + system) used so far by `pid` and its descendants, from /proc. */
export function getTreeCpuSeconds(pid: number): number {
  let ticks = 0;
  for (const p of processTree(pid)) {
    const stat = readProc(`/proc/${p}/stat`);
    if (!stat) continue;
    const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
    // After "pid (comm)": state is field 0, utime 11, stime 12 (in clock ticks, 100 a second).
    ticks += Number(fields[11]) + Number(fields[12]);
  }
  return ticks / 100;
}
