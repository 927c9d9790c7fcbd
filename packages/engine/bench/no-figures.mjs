// `pnpm bench` helper (figures.mjs), loaded with `node --import`: registers the module hook
// of figures-hook.mjs. With CCDC_BENCH_FIGURES=none the CLI's paperFigures gives no figures,
// the baseline the flagship's figures are measured against; any other value passes every
// module through, so both runs pay for the same hook thread.
import { register } from "node:module";

register("./figures-hook.mjs", import.meta.url, {
  data: { none: process.env.CCDC_BENCH_FIGURES === "none" },
});
