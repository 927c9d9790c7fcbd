// `pnpm bench`: the whole pipeline on synthetic panels; prints wall time and peak memory.
// Targets (issue #3): 30,000 × 20 × 40 (24 M values) in under 1.2 s and 0.6 GB peak.
import { execFileSync } from "node:child_process";
import { fileURLToPath } from "node:url";

const here = fileURLToPath(new URL(".", import.meta.url));
const cases = [
  { name: "in-memory  3,000 × 20 × 40 (2.4 M values)", args: ["memory", 3000, 20, 40, 4] },
  { name: "in-memory 30,000 × 20 × 40 (24 M values)", args: ["memory", 30000, 20, 40, 4] },
  { name: "CSV file   3,000 × 20 × 40 (2.4 M values)", args: ["csv", 3000, 20, 40, 4] },
];
console.log("case                                         wall (s)   peak RSS (MB)   ok");
for (const c of cases) {
  const runs = c.args[0] === "memory" ? 3 : 1;
  let best;
  for (let r = 0; r < runs; r++) {
    const out = execFileSync(process.execPath, ["--max-old-space-size=4096", `${here}case.mjs`, ...c.args.map(String)], {
      encoding: "utf8",
      stdio: ["ignore", "pipe", "inherit"],
    });
    const m = JSON.parse(out.trim().split("\n").at(-1));
    if (!best || m.wallMs < best.wallMs) best = m;
  }
  console.log(`${c.name.padEnd(44)} ${(best.wallMs / 1000).toFixed(3).padStart(8)}   ${best.maxRssMB.toFixed(0).padStart(13)}   ${best.ok}`);
}
console.log("(peak RSS includes Node itself and the generated input panel; best of 3 for in-memory cases)");
