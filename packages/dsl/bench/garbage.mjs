// `pnpm bench` (front-end part): how long `check` takes on files of garbage, which must grow
// linearly with the file (issue #8: 100,000 garbage lines took ~70 s, and a few thousand
// errors in a row overflowed the stack in the parser's error recovery).
// Run after `pnpm build`; prints the wall time of each case at two sizes, and their ratio
// (about 2 when the work is linear).
import { compileSpec } from "../dist/index.js";

/** A deterministic line of printable ASCII garbage (a linear congruential generator). */
function printable(n) {
  let seed = 1;
  const next = () => {
    seed = (seed * 1103515245 + 12345) % 2147483648;
    return seed / 2147483648;
  };
  const out = [];
  for (let i = 0; i < n; i++) {
    const len = 5 + Math.floor(next() * 40);
    let line = "";
    for (let j = 0; j < len; j++) line += String.fromCharCode(32 + Math.floor(next() * 95));
    out.push(line);
  }
  return `${out.join("\n")}\n`;
}

const CASES = {
  "random printable lines": printable,
  "a `}` too many per line": (n) =>
    'index x "X" { system a "A" { indicator b "B" { } } } }\n'.repeat(n),
  "an unknown region per line (checker errors)": (n) => "units nowhere\n".repeat(n),
};

for (const [name, make] of Object.entries(CASES)) {
  const ms = [];
  for (const n of [25_000, 50_000]) {
    const text = make(n);
    const t0 = performance.now();
    const r = compileSpec(text, "garbage.ccd");
    ms.push(performance.now() - t0);
    console.log(
      `${name}: ${n.toLocaleString("en")} lines, ${r.diagnostics.length} diagnostics, ${ms.at(-1).toFixed(0)} ms`,
    );
  }
  console.log(`${name}: 2× the lines took ${(ms[1] / ms[0]).toFixed(2)}× the time`);
}
