// Synthetic panels and plans for the benchmark: U units × Y years × K indicators in S systems,
// each indicator a source variable of its own, pooled min-max, entropy per system, a staged
// (second entropy stage) root, and within-unit coupling of the S systems.
import { closeSync, openSync, writeSync } from "node:fs";
import { PLAN_VERSION } from "@ccdc/plan";

/** A deterministic xorshift32 generator so every run sees the same data. */
export function rng(seed) {
  let s = seed >>> 0 || 1;
  return () => {
    s ^= s << 13;
    s >>>= 0;
    s ^= s >>> 17;
    s ^= s << 5;
    s >>>= 0;
    return s / 4294967296;
  };
}

export function syntheticPlan({
  units,
  years,
  indicators,
  systems,
  path = "panel.csv",
  layout = "long",
}) {
  const yearList = Array.from({ length: years }, (_, i) => 2000 + i);
  const regions = Array.from({ length: units }, (_, i) => ({
    id: `u${i}`,
    key: `U${i}`,
    labels: { en: `Unit ${i}` },
  }));
  const vars = Array.from({ length: indicators }, (_, j) => ({
    id: `v${j}`,
    key: `v${j}`,
    unit: "x",
    aggregate: { kind: "sum" },
    missing: { kind: "error" },
    missingOrigin: "default",
  }));
  const perSystem = indicators / systems;
  const sysIds = Array.from({ length: systems }, (_, s) => `s${s}`);
  const inds = vars.map((v, j) => ({
    id: `i${j}`,
    labels: { en: `Indicator ${j}` },
    parent: sysIds[Math.floor(j / perSystem)],
    direction: j % 7 === 3 ? "-" : "+",
    unit: "x",
    expr: { kind: "var", variable: v.id },
    exprText: v.id,
  }));
  const nodes = [
    {
      id: "root",
      labels: { en: "Root" },
      parent: null,
      role: "root",
      children: sysIds,
      leaves: inds.map((i) => i.id),
      compose: { kind: "staged" },
      composeOrigin: "spec",
      weighting: { kind: "entropy" },
      weightingOrigin: "default",
    },
    ...sysIds.map((id) => {
      const leaves = inds.filter((i) => i.parent === id).map((i) => i.id);
      return {
        id,
        labels: { en: id },
        parent: "root",
        role: "system",
        children: leaves,
        leaves,
        compose: { kind: "flat" },
        composeOrigin: "default",
        weighting: { kind: "entropy" },
        weightingOrigin: "default",
      };
    }),
  ];
  const levels = Array.from({ length: 10 }, (_, k) => ({
    level: k + 1,
    lower: k / 10,
    upper: (k + 1) / 10,
    lowerClosed: true,
    upperClosed: k === 9,
    labels: { en: `L${k + 1}` },
  }));
  return {
    planVersion: PLAN_VERSION,
    study: {
      id: "bench",
      title: "Synthetic benchmark",
      period: { from: yearList[0], to: yearList.at(-1) },
      years: yearList,
      notes: [],
      citations: [],
    },
    sources: [
      {
        id: "panel",
        path,
        format: "csv",
        layout:
          layout === "long"
            ? { kind: "long", region: "region", year: "year", variable: "variable", value: "value" }
            : { kind: "wide", region: "region", year: "year" },
        variables: vars,
      },
    ],
    regions,
    units: {
      level: "region",
      list: regions.map((r) => ({ id: r.id, labels: r.labels, members: [r.id] })),
    },
    nodes,
    indicators: inds,
    method: {
      normalization: {
        kind: "minmax",
        shift: 0.0001,
        scope: "pooled",
        origin: { shift: "default", scope: "default" },
      },
      constantIndicator: { rule: "zero", origin: "default" },
    },
    scales: [{ id: "ccd10", labels: { en: "Ten levels" }, levels }],
    analyses: [
      {
        id: "internal",
        labels: { en: "Internal" },
        kind: "within",
        systems: sysIds,
        units: regions.map((r) => r.id),
        forms: ["standard"],
        formOrigin: "default",
        beta: "equal",
        betaOrigin: "default",
        scale: "ccd10",
      },
    ],
    sourceMap: {},
  };
}

/**
 * Per-variable columns of length units × years (unit-major), lognormal-ish positive values;
 * `shared`: in SharedArrayBuffers (for a parallel run).
 */
export function syntheticPanel({ units, years, indicators }, seed = 42, shared = false) {
  const next = rng(seed);
  const panel = {};
  for (let j = 0; j < indicators; j++) {
    const n = units * years;
    const col = new Float64Array(shared ? new SharedArrayBuffer(n * 8) : n);
    for (let u = 0; u < units; u++) {
      const level = Math.exp(3 * next());
      for (let y = 0; y < years; y++)
        col[u * years + y] = level * (1 + 0.03 * y) * (0.9 + 0.2 * next());
    }
    panel[`v${j}`] = col;
  }
  return panel;
}

/**
 * Writes the synthetic panel as a CSV file: long (region,year,variable,value, one row per
 * cell) or wide (region,year,v0,v1,…), in blocks so that writing does not hold the text.
 */
export function writePanelCsv(path, shape, layout = "long") {
  const panel = syntheticPanel(shape);
  const vars = Object.keys(panel);
  const cols = Object.values(panel);
  const fd = openSync(path, "w");
  let block = [];
  const flush = (force) => {
    if (force || block.length >= 10000) {
      writeSync(fd, block.join(""));
      block = [];
    }
  };
  if (layout === "long") {
    writeSync(fd, "region,year,variable,value\n");
    cols.forEach((col, j) => {
      for (let i = 0; i < col.length; i++) {
        block.push(
          `U${Math.floor(i / shape.years)},${2000 + (i % shape.years)},${vars[j]},${col[i]}\n`,
        );
        flush(false);
      }
    });
  } else {
    writeSync(fd, `region,year,${vars.join(",")}\n`);
    const n = shape.units * shape.years;
    for (let i = 0; i < n; i++) {
      let line = `U${Math.floor(i / shape.years)},${2000 + (i % shape.years)}`;
      for (const col of cols) line += `,${col[i]}`;
      block.push(`${line}\n`);
      flush(false);
    }
  }
  flush(true);
  closeSync(fd);
}
