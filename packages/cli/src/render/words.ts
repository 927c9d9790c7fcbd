/**
 * The fixed words of figures and paper tables in each `--lang`: axis titles, column heads,
 * captions. Declared names (units, nodes, levels) come from names.ts, never from here.
 */
import type { Lang } from "./names.js";

const EN = {
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
  coupling: "Coupling coordination degree",
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
};

const ZH_MEASURE = { D: "耦合协调度 D", C: "耦合度 C", T: "综合发展指数 T" } as const;

type Words = { readonly [K in keyof typeof EN]: (typeof EN)[K] };

const ZH: Words = {
  year: "年份",
  index: "指数",
  unit: "单元",
  combination: "组合",
  node: "节点",
  indicator: "指标",
  system: "系统",
  weight: "权重",
  level: "等级",
  grade: "协调等级",
  D: "D",
  C: "C",
  T: "T",
  growth: "年均增长率",
  value: "数值",
  n: "样本数",
  mean: "均值",
  sd: "标准差",
  min: "最小值",
  max: "最大值",
  measure: "单位",
  variable: "变量",
  region: "地区",
  rule: "规则",
  form: "形式",
  analysis: "分析",
  indices: "发展指数",
  coupling: "耦合协调度",
  weights: "权重",
  filled: "填补的缺失值",
  descriptive: "描述性统计",
  table: "表",
  figure: "图",
  indexOver: (node) => `${node}：各单元历年指数`,
  dOver: (analysis, form) => `${analysis}（${form}）：历年耦合协调度 D`,
  dOn: (analysis, node, form) => `${analysis}·${node}（${form}）：历年耦合协调度 D`,
  heatmap: (analysis, form) => `${analysis}（${form}）：各单元历年耦合协调度 D 及等级`,
  systemsFirstLast: (first, last) => `各单元系统指数：${first} 年与 ${last} 年`,
  weightsOf: (node) => `${node}：权重`,
  weightsByYear: (node) => `${node}：历年权重`,
  mapOf: (analysis, form) => `${analysis}（${form}）：各地区耦合协调等级`,
  measureOver: (analysis, form, m) => `${analysis}（${form}）：历年${ZH_MEASURE[m]}`,
  measureOn: (analysis, node, form, m) => `${analysis}·${node}（${form}）：历年${ZH_MEASURE[m]}`,
  radarOf: (first, last) =>
    first === last ? `各单元指数：${first} 年` : `各单元指数：${first}—${last} 年`,
  indexHeatmap: (node) => `${node}：各单元历年指数`,
  moranScatter: (name) => `${name}：Moran 散点图`,
  moranZ: "标准化值 z",
  moranLag: "空间滞后 Wz",
  lisaCluster: "LISA 集聚类型",
  notSignificant: "不显著",
};

export type WordSet = Words;

/** The fixed words in `lang`. */
export const wordsFor = (lang: Lang): WordSet => (lang === "zh" ? ZH : EN);
