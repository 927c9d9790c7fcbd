// Stands in for vega-canvas in dist/vega.bundle.cjs (bundle-vega.mjs): no canvas, ever. vega
// then measures text with its built-in estimate, as it does when the optional `canvas` package
// is not installed, so a figure's SVG is the same bytes whatever is installed. (vega-canvas
// itself loads `canvas` with a top-level await, which a CommonJS bundle cannot hold.)
export const canvas = () => null;
export const domCanvas = () => null;
export const nodeCanvas = () => null;
export const image = () => null;
