// The entry of dist/vega.bundle.cjs (bundle-vega.mjs): what src/figures/vega-libs.ts uses.
export { parse, runtimeContext, View } from "vega";
export { compile } from "vega-lite";
