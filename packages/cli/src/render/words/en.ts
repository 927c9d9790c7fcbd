/**
 * The English words of every ccdc output: the report (text, Markdown, the run report of
 * report.html), the paper tables (results.xlsx, report.docx, report.html) and the figures.
 * Declared names (units, nodes, levels…) come from names.ts, never from here. zh.ts has the
 * same keys (its type is this object's), so a word missing in Chinese is a type error.
 */

import type { ConventionKey, ResultWarning } from "@ccdc/engine";

/** "(default)" after a choice the spec did not write. */
const byDefault = (value: string) => `${value} (default)`;

/** The words of the report (text, Markdown, the run report of report.html). */
const REPORT = {
  byDefault,
  /** The engine's conventions by key; undefined: results.json's English sentences as they are. */
  conventions: undefined as Readonly<Record<ConventionKey, string>> | undefined,
  /** An engine description (weighting variant, matrix construction, a note) as the report says it. */
  engineText: (text: string) => text,
  /** An engine warning's message as the report says it (English: the engine's message). */
  warning: (w: ResultWarning) => w.message,
  notAvailable: "n/a",
  study: {
    line: (id: string, units: number, level: string, span: string) =>
      `study ${id}: ${units} units (${level} level), ${span}`,
    noYears: "no years",
    note: (text: string) => `note: ${text}`,
    cite: (id: string, text: string) => `cite [${id}]: ${text}`,
    units: "Units",
    unit: "unit",
    label: "label",
    members: "members",
  },
  indices: {
    heading: "Development indices",
    intro: "Each node's index by unit (rows) and year (columns), 3 decimals.",
    role: { root: "root", system: "system", group: "group" },
    /** "Digital infrastructure (infrastructure; system, flat)". */
    nodeHeading: (name: string, id: string, role: string, how: string) =>
      `${name} (${id}; ${role}, ${how})`,
    givenInData: "given in the data",
  },
  coupling: {
    heading: "Coupling coordination degree",
    intro:
      "D by unit or combination (rows) and year (columns), 3 decimals, with its grade level in brackets.",
    analysisHeading: (label: string, id: string, form: string) => `${label} (${id}), form ${form}`,
    within: (systems: string, n: number, scale: string) =>
      `Systems ${systems} within each unit (n = ${n}); scale ${scale}.`,
    between: (scale: string) =>
      `Units coupled on each node (n = units in the combination); scale ${scale}.`,
    nodes: (pairs: readonly string[]) => `Nodes: ${pairs.join("; ")}.`,
    node: "node",
    combination: "combination",
    unit: "unit",
  },
  scale: {
    heading: (id: string, label: string) => `Scale ${id}: ${label}`,
    level: "level",
    label: "label",
  },
  growth: {
    heading: "Average annual growth",
    intro: (first: number, last: number) =>
      `Average annual growth of each index from ${first} to ${last}, by node (rows) and unit (columns).`,
    node: "node",
  },
  run: {
    heading: "Run report",
    method: "Method",
    normalization: "normalization",
    normalizationValue: (kind: string, shift: string, scope: string) =>
      `${kind}, shift ${shift}, scope ${scope}`,
    constantIndicator: "constant indicator",
    units: "units",
    unitLevel: (level: string) => `${level} level`,
    node: "node",
    compose: "compose",
    weighting: "weighting",
    noneGiven: "none (given)",
    variable: "variable",
    aggregate: "aggregate",
    missing: "missing",
    analysis: "analysis",
    kind: "kind",
    forms: "forms",
    beta: "beta",
    scale: "scale",
    conventions: "Conventions",
    weights: "Weights",
    givenInData: "(given in the data)",
    noWeights: "(none)",
    on: "on",
    weight: "weight",
    filled: "Filled cells",
    noneFilled: "None: every cell used was observed in the data.",
    filledIntro: (n: number) => `${n} missing cells were filled by the rules declared in the spec:`,
    allRegions: (n: number) => `all ${n} regions`,
    regions: "regions",
    years: "years",
    rule: "rule",
    cells: "cells",
    warnings: "Warnings",
    none: "None.",
    code: "code",
    message: "message",
  },
  weighting: {
    heading: "Weighting details",
    quantity: {
      sigma: "σ",
      mean: "mean",
      cv: "v = σ/mean",
      dispersion: "contrast s",
      conflict: "Σ(1 − r)",
      information: "C = s·Σ(1 − r)",
      entropy: "e",
    } as Readonly<Record<string, string>>,
    topsis: (who: string) => `${who}: TOPSIS ideal points of the weighted values`,
    method: (who: string, method: string, degenerate: boolean) =>
      `${who}: ${method}${degenerate ? " — degenerate, declared rule applied" : ""}`,
    member: (who: string, n: number) => `${who}, member ${n}`,
    on: "on",
    weight: "weight",
    alphaSolution: "α (solution)",
    alphaUsed: "α (used)",
  },
  /** The run report's table of the declared figures: what each shows and its defaults. */
  figures: {
    heading: "Declared figures",
    figure: "figure",
    shows: "shows",
    kind: "kind",
    units: "units",
    years: "years",
    from: "drawn from",
    everyUnit: "every unit",
    indexOf: (nodes: string) => `index of ${nodes}`,
    weightsOf: (nodes: string) => `weights of ${nodes}`,
    /** "D of spatial, product_over_mean, on digital_economy" (`on`: a between analysis's nodes). */
    measureOf: (measure: string, analysis: string, form: string, on?: string) =>
      `${measure} of ${analysis}, ${form}${on === undefined ? "" : `, on ${on}`}`,
    map: (map: string) => `map ${map}`,
  },
  spatialWeights: {
    heading: "Spatial weights",
    matrix: "matrix",
    builtFrom: "built from",
    transform: "transform",
    rowStandardised: "row-standardised",
    binary: "binary",
    regions: "regions",
    links: "links",
    linksValue: (links: number, mean: string, min: number, max: number) =>
      `${links} (mean ${mean} neighbours, min ${min}, max ${max})`,
    symmetric: "symmetric",
    yes: "yes",
    no: "no",
    declaredLinks: "declared links",
    none: "none",
    islands: "islands",
    leftOut: "left out of the statistics",
    error: "error",
  },
  autocorrelation: {
    heading: "Spatial autocorrelation",
    ofIndex: (node: string) => `the index of ${node}`,
    ofD: (analysis: string, form: string) => `D of ${analysis}, form ${form}`,
    values: (values: string, weights: string, permutations: string, seed: string, sig: string) =>
      `Values: ${values}; spatial weights ${weights}; permutations ${permutations}, seed ${seed}; significance ${sig}.`,
    leftOut: (regions: string) => `Left out (no neighbour): ${regions}.`,
    moranIntro:
      "Global Moran's I: z and two-sided p under randomisation and normality; pseudo-p from permutations (PySAL's directed p_sim).",
    moranHeader: [
      "year",
      "I",
      "E[I]",
      "z (rand.)",
      "p (rand.)",
      "z (norm.)",
      "p (norm.)",
      "pseudo-p",
    ],
    undefinedBecause: (reason: string) => `undefined: ${reason}`,
    lisaIntro: (sig: number) =>
      `LISA cluster types (local Moran, pseudo-p ≤ ${sig}; ns: not significant).`,
    region: "region",
    giIntro: (name: string, sig: number) =>
      `${name}: hot and cold spots (two-sided p ≤ ${sig}), z in brackets.`,
    giOrd: "Getis-Ord Gi* (Ord & Getis 1995)",
    giPysal: "Getis-Ord Gi* (PySAL esda, as for the declared transform)",
  },
  relative: {
    heading: "Relative development",
    ratio: "ratio: E = U1/U2 (the first system against the second)",
    meanOfOthers:
      "mean_of_others: E_k = U_k / mean of the other systems; the lagging system is the lowest U, graded by its E",
    synchronousBand: " (the synchronous band: holds E = 1)",
    systems: "systems",
    systemsValue: (systems: string, analysis: string) => `${systems} (analysis ${analysis})`,
    rule: "rule",
    bands: "bands of E",
    D: "D",
    dValue: (form: string, scale: string) => `form ${form}, graded on ${scale}`,
    zeroDenominator: "zero denominator",
    zeroDenominatorValue:
      "E is null (–), graded as +∞ when its numerator is positive (the denominator system lags) and as 1 when both are 0",
    crossIntro:
      "Cross type: D's grade, then the lagging system and its band; in the band that holds E = 1, `synchronous`.",
    header: ["unit", "year", "cross type", "E", "D"],
  },
  obstacle: {
    heading: "Obstacle degree",
    indicators: "indicators",
    indicatorsValue: (n: number, node: string) => `the ${n} below ${node}`,
    factor: "factor contribution",
    factorValue: "F_j = the product of the weights on the path from the node to indicator j",
    deviation: "deviation",
    deviationValue: (shift: number) =>
      `I_ij = 1 − x′_ij, x′ = y′ − s the min-max value before the shift s = ${shift}`,
    degree: "obstacle degree",
    degreeValue: "O_ij = F_j I_ij / Σ_j F_j I_ij; a part's share = Σ of its indicators' O_ij",
    listed: "listed",
    listedValue: (top: string) => `the top ${top} per unit and year`,
    allIdeal: "all at the ideal",
    allIdealValue: "Σ F I = 0: every O is 0 and no obstacle is listed (declared rule)",
    weightsIntro: "Overall weights F_j (the indicators' factor contributions), 4 decimals.",
    indicator: "indicator",
    part: "part",
    unit: "unit",
    year: "year",
    sharesIntro: (node: string) =>
      `Obstacle shares of ${node}'s parts by unit and year (sum of their indicators' O).`,
    ideal: "ideal",
    atIdeal: "(at the ideal)",
    topIntro: (n: number) => `The top ${n} obstacles (indicator and O_ij), by unit and year.`,
  },
  sensitivity: {
    heading: (label: string, id: string) => `Sensitivity: ${label} (${id})`,
    everyCombination: "every combination",
    drawn: (count: number, seed: number) => `${count} combinations drawn at random (seed ${seed})`,
    runs: (runs: number, sample: string) =>
      `${runs} runs (${sample}); nominal values are the study as written ("base").`,
    intervals:
      "Intervals are the 5 % and 95 % quantiles over runs (type 7); ranks are 1 = highest, within each year among rows on the same system(s).",
    choice: (id: string) => `choice ${id}`,
    onSystems: (systems: string) => `; on ${systems}`,
    dOf: (id: string, form: string, on: string) =>
      `D of analysis ${id} (nominal form ${form}${on})`,
    indexOf: (id: string) => `Index of node ${id}`,
    unit: "unit",
    on: "on",
    year: "year",
    nominal: "nominal",
    median: "median",
    low: "5 %",
    high: "95 %",
    gradeKept: "grade kept",
    rank: "rank",
    rankRange: "rank range",
    groupHeader: ["ranked on", "year", "tau median", "tau min", "mean |rank shift|"],
    outputName: (kind: string, id: string) => `${kind} ${id}`,
    noMove: (output: string) => `${output}: no choice moves it.`,
    movesMost: (output: string, choice: string, share: string) =>
      `${output}: "${choice}" moves it most (${share} % of its variance on its own).`,
    mattersHeading: "Which choice matters most",
    mattersIntro:
      "First-order share of each output's variance across runs explained by one choice alone, pooled over the output's cells (weighted by each cell's variance).",
    choiceHeader: "choice",
  },
  variants: {
    thisRun: (id: string, label: string) =>
      `This run is variant "${id}" (${label}); the method above includes its overrides.`,
    heading: "Variants",
    header: ["variant", "label", "overrides"],
    none: "none",
  },
  dynamics: {
    heading: "Differences and dynamics",
    ofIndex: (id: string) => `the index of node ${id}`,
    ofD: (id: string, form: string) => `D of analysis ${id}, form ${form}`,
    over: (subject: string, units: number, first: number, last: number) =>
      `Over ${subject}; ${units} units, ${first}-${last}.`,
    groups: (groups: string) => `Groups: ${groups}.`,
    kernelDensity: "kernel density",
    kernelValue: (kernel: string, bandwidth: string, grid: string) =>
      `${kernel} kernel, bandwidth ${bandwidth}, grid ${grid}`,
    gridValue: (from: string, to: string, points: number) => `${from} to ${to}, ${points} points`,
    markovStates: "Markov states",
    markovValue: (states: string, step: string) => `${states}, step ${step}`,
    convergence: "convergence",
    convergenceValue: (step: string) =>
      `σ: sample sd and CV by year; β: pooled OLS of ln(y[t+T]/y[t]) on ln y[t], T = ${step}`,
    forecast: "forecast",
    forecastValue: (horizon: number, mode: string) => `GM(1,1), ${horizon} years, mode ${mode}`,
    dagumIntro: "Dagum Gini decomposition (G = G_w + G_nb + G_t; contribution rates in percent).",
    year: "year",
    pairsIntro:
      "Within-group Gini G_jj and between-group Gini G_jh (richer group first, as ranked in the first year).",
    theilIntro: "Theil T index and its within/between-group split.",
    theilHeader: ["year", "T", "within", "between", "within %", "between %"],
    densityIntro:
      "Kernel density by year: bandwidth h, the mode (highest point on the grid) and its density.",
    densityHeader: ["year", "h", "mode", "peak"],
    markovIntro: (step: number) =>
      `Markov transition matrix (${step}-year step): row = state in year t, column = state in year t + ${step}; n = transitions out of the row's state.`,
    state: "state",
    steadyState: (states: string) => `Steady state: ${states}.`,
    noSteadyState: "none",
    unobserved: (states: string, absorbing: string) =>
      `States with no observed transition out (rows of -): ${states}${absorbing === "" ? "" : `; absorbing for the steady state: ${absorbing}`}.`,
    sigmaIntro:
      "σ convergence: mean, sample standard deviation and coefficient of variation by year.",
    sigmaHeader: ["year", "mean", "sd", "CV"],
    beta: (
      n: number,
      beta: string,
      se: string,
      t: string,
      alpha: string,
      r2: string,
      speed: string,
      halfLife: string | null,
    ) =>
      `β convergence (pooled OLS, n = ${n}): β = ${beta} (se ${se}, t = ${t}), α = ${alpha}, R² = ${r2}; speed λ = ${speed}${halfLife === null ? "" : `, half-life ${halfLife} years`}.`,
    noBeta: (note: string | null | undefined) => `β convergence ${note ?? "not estimated"}.`,
    forecastIntro: (systems: boolean, levels: boolean) =>
      `GM(1,1) forecast of ${systems ? "each system's index, then C, T and D" : "the series itself"}${levels ? " (grade level in parentheses)" : ""}. C = posterior variance ratio, P = small-error probability, accuracy 1 good, 2 qualified, 3 barely qualified, 4 unqualified, MRE = mean relative error (the worst over a unit's models).`,
    forecastTail: ["C", "P", "accuracy", "MRE"],
    unit: "unit",
    notFitted: (failed: number, units: number) =>
      `Not fitted (${failed} of ${units} units; no forecast is made for them):`,
    spatialMarkov: "spatial Markov",
    spatialMarkovValue: (weights: string) =>
      `conditioned on the class of the spatial lag under ${weights} (row-standardised: the weighted mean of the neighbours' values, whatever the weights' transform; classed with the states' classes, at the start of each transition)`,
    spatialIntro: (weights: string, step: number) =>
      `Spatial Markov matrices (Rey 2001): the same transitions split by the class of the unit's spatial lag under ${weights} in year t; row = state in year t, column = state in year t + ${step}.`,
    spatialDropped: (regions: string) =>
      `Without a neighbour, in no conditional matrix (islands drop): ${regions}.`,
    lagClass: (lag: string, total: number) =>
      `Lag in class ${lag} (${total} transition${total === 1 ? "" : "s"}):`,
  },
};

/**
 * The heads and captions of the results.xlsx sheets for relative development, obstacle
 * degree, sensitivity, spatial autocorrelation and dynamics (paper/*-sheets.ts, *-tables.ts),
 * and their few category words (hot spot, not significant, …).
 */
const SHEETS = {
  // relative development
  relative: "Relative development",
  E: "E",
  ratioOf: (system: string) => `E (${system})`,
  lagging: "Lagging system",
  band: "Band of E",
  lagType: "Lag type",
  dLevel: "D level",
  crossType: "Cross type",
  synchronous: "synchronous",
  // obstacle degree
  obstacle: "Obstacle degree",
  obstacleShares: "Obstacle shares of the systems",
  part: "System",
  F: "F",
  I: "I",
  O: "O",
  rank: "Rank",
  share: "Share",
  // sensitivity
  sensitivity: "Sensitivity",
  output: "Output",
  outputKind: "Output kind",
  systems: "Systems",
  nominal: "Nominal",
  median: "Median",
  q05: "5% quantile",
  q95: "95% quantile",
  gradeShare: "Share keeping the grade",
  rankMin: "Rank (min)",
  rankMax: "Rank (max)",
  // spatial autocorrelation
  moran: "Global Moran's I",
  moranI: "I",
  EI: "E[I]",
  VINorm: "Var[I] (norm.)",
  VIRand: "Var[I] (rand.)",
  zNorm: "z (norm.)",
  zRand: "z (rand.)",
  pNorm: "p (norm.)",
  pRand: "p (rand.)",
  pSim: "Pseudo-p",
  note: "Note",
  lisa: "LISA",
  localI: "Local I",
  z: "z",
  lag: "Spatial lag Wz",
  quadrant: "Quadrant",
  cluster: "Cluster",
  gi: "Getis-Ord Gi*",
  variant: "Variant",
  giOrd: "Ord & Getis 1995",
  giPysal: "PySAL esda",
  p: "p",
  spot: "Spot",
  hot: "hot spot",
  cold: "cold spot",
  ns: "not significant",
  // dynamics
  dagum: "Dagum Gini decomposition",
  dagumGroups: "Dagum: within-group Gini",
  dagumPairs: "Dagum: between-group Gini",
  G: "G",
  Gw: "G_w",
  Gnb: "G_nb",
  Gt: "G_t",
  shareGw: "G_w share",
  shareGnb: "G_nb share",
  shareGt: "G_t share",
  group: "Group",
  groupMean: "Mean",
  Gjj: "G_jj",
  groupJ: "Group j",
  groupH: "Group h",
  Gjh: "G_jh",
  Djh: "D_jh",
  theil: "Theil index",
  theilT: "T",
  within: "Within",
  between: "Between",
  withinShare: "Within share",
  betweenShare: "Between share",
  density: "Kernel density",
  x: "x",
  densityValue: "Density",
  bandwidth: "Bandwidth h",
  markov: "Markov transition probabilities",
  chain: "Lag class",
  aspatial: "all",
  from: "State",
  transitions: "n",
  steadyState: "Steady state",
  sigma: "σ convergence",
  cv: "CV",
  beta: "β convergence",
  betaCoef: "β",
  alpha: "α",
  se: "SE",
  t: "t",
  r2: "R²",
  speed: "Speed λ",
  halfLife: "Half-life (years)",
  forecast: "GM(1,1) forecast",
  forecastModels: "GM(1,1) models",
  series: "Series",
  a: "a",
  b: "b",
  posteriorC: "C",
  P: "P",
  accuracy: "Accuracy grade",
  mre: "MRE",
};

export const EN = {
  year: "Year",
  index: "Index",
  unit: "Unit",
  combination: "Combination",
  node: "Node",
  indicator: "Indicator",
  system: "System",
  weight: "Weight",
  level: "Level",
  grade: "Grade",
  D: "D",
  C: "C",
  T: "T",
  growth: "Average annual growth",
  value: "Value",
  n: "n",
  mean: "Mean",
  sd: "SD",
  min: "Min",
  max: "Max",
  measure: "Unit of measure",
  variable: "Variable",
  region: "Region",
  rule: "Rule",
  form: "Form",
  analysis: "Analysis",
  indices: "Development indices",
  /** The caption of the table of C, T and D by analysis, form, row and year. */
  coupling: "Coupling degree C, coordination index T and coupling coordination degree D",
  weights: "Weights",
  filled: "Filled cells",
  descriptive: "Descriptive statistics",
  table: "Table",
  figure: "Figure",
  indexOver: (node: string) => `${node}: index by unit, over the years`,
  dOver: (analysis: string, form: string) => `${analysis} (${form}): D over the years`,
  dOn: (analysis: string, node: string, form: string) =>
    `${analysis} on ${node} (${form}): D over the years`,
  heatmap: (analysis: string, form: string) =>
    `${analysis} (${form}): D by unit and year, coloured by grade`,
  systemsFirstLast: (first: number, last: number) =>
    `System indices of each unit, ${first} and ${last}`,
  weightsOf: (node: string) => `${node}: weights`,
  weightsByYear: (node: string) => `${node}: weights by year`,
  mapOf: (analysis: string, form: string) => `${analysis} (${form}): D by region, by grade`,
  measureOver: (analysis: string, form: string, m: "D" | "C" | "T") =>
    `${analysis} (${form}): ${m} over the years`,
  measureOn: (analysis: string, node: string, form: string, m: "D" | "C" | "T") =>
    `${analysis} on ${node} (${form}): ${m} over the years`,
  radarOf: (first: string, last: string) =>
    first === last ? `Indices of each unit, ${first}` : `Indices of each unit, ${first}-${last}`,
  indexHeatmap: (node: string) => `${node}: index by unit and year`,
  moranScatter: (name: string) => `${name}: Moran scatter plot`,
  moranZ: "Standardised value z",
  moranLag: "Spatial lag Wz",
  lisaCluster: "LISA cluster",
  notSignificant: "not significant",
  /** results.xlsx's sheet names (English: the tables' keys, as scripts read them). */
  sheet: {
    indices: "indices",
    coupling: "coupling",
    growth: "growth",
    weights: "weights",
    filled: "filled",
    descriptive: "descriptive",
  },
  /** The kind and part words of the analyses' sheet names ("obstacle-ID-shares"); English: as they are. */
  sheetPart: {} as Readonly<Record<string, string>>,
  /** report.html's and report.docx's own headings and numbered captions. */
  paper: {
    notes: "Notes",
    references: "References",
    tables: "Tables",
    figures: "Figures",
    hashes: "Files and their sha256",
    tableCaption: (n: number, caption: string) => `Table ${n}. ${caption}`,
    /** The caption of one analysis's D table: "Internal coupling coordination (standard)". */
    dTable: (analysis: string, form: string) => `${analysis} (${form})`,
    figureCaption: (n: number, title: string) => `Figure ${n}. ${title}`,
  },
  /** The kernel-density figure of a `dynamics … density` declaration. */
  density: {
    title: (label: string, subject: string) => `${label}: kernel density of ${subject}, by year`,
    heading: "Kernel density by year",
    analysis: (analysis: string, form: string) => `D of ${analysis} (${form})`,
    node: (node: string) => `the index of ${node}`,
    value: "Value",
    density: "Density",
    year: "Year",
  },
  /** The caption under a map: its approval number (审图号). */
  mapApproval: (approval: string) => `Map approval number: ${approval}`,
  report: REPORT,
  sheets: SHEETS,
};

/** The catalog's shape: every key of the English words, with the same parameters. */
export type Words = { readonly [K in keyof typeof EN]: (typeof EN)[K] };
