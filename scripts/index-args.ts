import path from "node:path";
import { parseArgs } from "node:util";

/** The index CLI's arguments (scripts/index.ts), or its usage and exit 2. Light on imports: it runs
 * before the segmenter thread starts. --themes defaults to THEMES_PATH (index-run.ts). */

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    out: { type: "string", default: path.join("data", "index") },
    themes: { type: "string" },
    remove: { type: "boolean", default: false },
    rebuild: { type: "boolean", default: false },
    "no-merge": { type: "boolean", default: false },
  },
});

export { values };

// After --remove, the positionals are what to withdraw; before any flag they are inputs.
const removeAt = process.argv.indexOf("--remove");
export const removeTargets = values.remove
  ? positionals.filter((p) => process.argv.indexOf(p, removeAt) > removeAt)
  : [];
export const inputPaths = positionals.filter((p) => !removeTargets.includes(p));

if (inputPaths.length === 0 && removeTargets.length === 0) {
  console.error(
    "Usage: npm run index -- <files or folders…> [--remove <files, folders or ids…>] [--rebuild] [--no-merge] [--out DIR] [--themes FILE]\n(ids that start with - go after --: --remove -- -Hx9…)",
  );
  process.exit(2);
}
