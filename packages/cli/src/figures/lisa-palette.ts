/**
 * The categories of a LISA cluster map in GeoDa's legend order and colours (libgeoda's
 * `lisa_colors`: not significant #eeeeee, High-High #FF0000, Low-Low #0000FF, Low-High
 * #a7adf9, High-Low #f4ada8, undefined #464646, neighbourless #999999), in English and
 * Chinese, shared by the LISA map and the Moran scatter plot so one study's two figures agree.
 */
import type { Lang } from "../render/names.js";

/** A region's category on the map: a LISA cluster, or why it has none. */
export type LisaCategory = "ns" | "HH" | "LL" | "LH" | "HL" | "undefined" | "neighbourless";

/** Every category, in GeoDa's legend order. */
export const LISA_CATEGORIES: readonly LisaCategory[] = [
  "ns",
  "HH",
  "LL",
  "LH",
  "HL",
  "undefined",
  "neighbourless",
];

/** GeoDa's colour of each category. */
export const LISA_COLORS: Readonly<Record<LisaCategory, string>> = {
  ns: "#eeeeee",
  HH: "#ff0000",
  LL: "#0000ff",
  LH: "#a7adf9",
  HL: "#f4ada8",
  undefined: "#464646",
  neighbourless: "#999999",
};

const NAMES: Readonly<Record<Lang, Readonly<Record<LisaCategory, string>>>> = {
  en: {
    ns: "Not significant",
    HH: "High-High",
    LL: "Low-Low",
    LH: "Low-High",
    HL: "High-Low",
    undefined: "Undefined",
    neighbourless: "Neighbourless",
  },
  zh: {
    ns: "不显著",
    HH: "高-高",
    LL: "低-低",
    LH: "低-高",
    HL: "高-低",
    undefined: "未定义",
    neighbourless: "无邻居",
  },
};

/** A category's legend name in `lang`. */
export const lisaCategoryName = (lang: Lang, c: LisaCategory): string => NAMES[lang][c];
