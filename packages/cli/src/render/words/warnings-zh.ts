/**
 * The engine's warnings in Chinese (`--lang zh`), worded from each warning's code and its
 * structured fields (`args`, named per code in docs/run-errors.md), never from its English
 * message: the engine stays language-free and results.json keeps the English message. Ids,
 * keys, file names and numbers are kept as they are. A warning without args, or of a code not
 * listed here, is shown as the engine wrote it: W0103 (rows not read) comes only with an error
 * that stops the run, and engine errors, like the compiler's diagnostics, stay English.
 */
import type { ResultWarning } from "@ccdc/engine";
import { engineTextZh } from "./engine-phrases-zh.js";

type Args = NonNullable<ResultWarning["args"]>;

const str = (a: Args, k: string): string => {
  const v = a[k];
  return typeof v === "string" || typeof v === "number" ? String(v) : "";
};
const num = (a: Args, k: string): number => (typeof a[k] === "number" ? (a[k] as number) : 0);
const list = (a: Args, k: string): readonly (string | number)[] =>
  Array.isArray(a[k]) ? (a[k] as readonly (string | number)[]) : [];
const quoted = (xs: readonly (string | number)[]) => xs.map((x) => `"${x}"`).join("、");
const plain = (xs: readonly (string | number)[]) => xs.join("、");

/** "over the panel" (scope pooled) or "in YEARS" (scope per_year). */
const where = (a: Args) => (a.scope === "per_year" ? `在 ${str(a, "years")} 年` : "在整个面板上");

const GROWTH_GAP: Record<string, string> = {
  "single-year": "研究只有一年",
  "not-positive": "首年指数不为正",
  "not-positive-or-overflow": "首年指数不为正，或小到增长率溢出",
};

/** Each code's Chinese wording from its args. */
export const WARNINGS_ZH: Readonly<Record<string, (a: Args) => string>> = {
  W0101: (a) =>
    a.proxyOnly === true
      ? `${str(a, "file")}：没有变量 "${str(a, "variable")}" 的列 "${str(a, "key")}"，研究只把它用作拼接代理；依它拼接的单元格无法填补`
      : `${str(a, "file")}：没有变量 "${str(a, "variable")}" 的列 "${str(a, "key")}"，研究不使用该变量`,
  W0102: (a) => {
    const kind = a.kind === "region" ? "地区" : "变量";
    return `${str(a, "file")}：${kind}键 "${str(a, "key")}" 的行（首行为第 ${str(a, "row")} 行）未读取：没有${kind}使用该键；是否应为 "${str(a, "declared")}"？`;
  },
  W0301: (a) => {
    const subject =
      a.kind === "child"
        ? `分段节点 "${str(a, "node")}" 的子节点 "${str(a, "child")}"`
        : `指标 "${str(a, "indicator")}"`;
    return `${subject}${where(a)}为常数（max − min ≤ 1e-12 × max(|max|, |min|)）；其标准化值为平移量 ${str(a, "shift")}`;
  },
  W0302: (a) =>
    a.kind === "entropy"
      ? `节点 "${str(a, "node")}"：${where(a)}没有加权列发生变化，熵权无定义；已改用等权重`
      : `节点 "${str(a, "node")}"：${str(a, "kind")} 权重${where(a)}退化（没有加权列发生变化，或组合的成员重合）；已按声明的规则处理（等权重，或 α = 1/T）`,
  W0303: (a) =>
    `per_year 范围：${quoted(list(a, "nodes"))} 的熵权逐年不同；各节点的权重取各年均值，各年的权重另行保存`,
  W0304: (a) =>
    `节点 "${str(a, "node")}"：${quoted(list(a, "units"))} 每年的指数都是 ${str(a, "shift")}（平移量）：逐年标准化把每年最低的单元置于平移量，因此该指数、其增长率和耦合度都不反映发展水平`,
  W0305: (a) =>
    `节点 "${str(a, "node")}"：${where(a)}每个加权列都是常数，每个单元同时位于 TOPSIS 的正、负理想解；其贴近度为 0.5`,
  W0306: (a) =>
    `节点 "${str(a, "node")}"：AHP 判断矩阵不一致（CR = ${num(a, "cr").toFixed(4)} ≥ ${str(a, "limit")}）；因声明了 allow_inconsistent，仍使用其权重`,
  W0401: (a) =>
    `分析 "${str(a, "analysis")}"：${str(a, "count")} 个 D 值超过量表 "${str(a, "scale")}" 的上限（${str(a, "upper")}；最大为 ${str(a, "max")}），因为指数可达 1 + 平移量；按第 ${str(a, "level")} 级评定`,
  W0501: (a) =>
    `节点 "${str(a, "node")}"：${plain(list(a, "units"))} 的年均增长率无定义（${GROWTH_GAP[str(a, "why")] ?? str(a, "why")}）；记为空值`,
  W0502: (a) => {
    const rates = list(a, "rates");
    const units = list(a, "units").map(
      (u, i) => `${u}（${(Number(rates[i]) * 100).toFixed(2)} %）`,
    );
    return `节点 "${str(a, "node")}"：${units.join("、")}的年均增长率始于等于平移量 ${str(a, "shift")} 的 ${str(a, "firstYear")} 年指数，因此该增长率由平移量而非数据决定`;
  },
  W0601: (a) =>
    `${str(a, "file")} 中有 ${str(a, "count")} 个要素不匹配任何地区，未使用：${str(a, "listed")}`,
  W0701: (a) =>
    a.dynamics !== undefined
      ? `动态分析 "${str(a, "dynamics")}"：${plain(list(a, "units"))} 在 ${str(a, "weights")} 下没有邻居；其转移不计入空间马尔可夫链（孤岛剔除），保留在非空间链中`
      : `${plain(list(a, "regions"))} 在 ${str(a, "weights")} 下没有邻居，不计入其统计量（孤岛剔除）`,
  W0702: (a) =>
    `${str(a, "k")} 近邻权重 ${str(a, "weights")} 不对称（一个地区可以是另一地区的最近邻，反之则不一定）`,
  W0801: (a) =>
    `敏感性分析改变的是基准研究，因此变体 "${str(a, "variant")}" 的运行不包含敏感性分析`,
  W0802: (a) =>
    `图 "${str(a, "figure")}" 显示分析 "${str(a, "analysis")}" 的 ${str(a, "form")} 形式，变体 "${str(a, "variant")}" 不计算该形式，因此变体的运行不包含它`,
  W1101: (a) =>
    `动态分析 "${str(a, "dynamics")}"：${str(a, "units")} 个单元中有 ${str(a, "failed")} 个未拟合 GM(1,1)（序列未通过级比检验，或有 ≤ 0 的值）；各列出原因，不作预测`,
  W1102: (a) =>
    `动态分析 "${str(a, "dynamics")}"：${str(a, "clamped")} 个预测值超出 [0, 1]，已截断到该区间`,
  W1103: (a) => `动态分析 "${str(a, "dynamics")}"：β 收敛${engineTextZh(str(a, "note"))}`,
};

/** A warning's message in Chinese, or the engine's English one when it has no args. */
export function warningZh(w: ResultWarning): string {
  const word = WARNINGS_ZH[w.code];
  if (w.args === undefined || word === undefined) return w.message;
  const text = word(w.args);
  // A warning of one run of a sensitivity analysis says which run.
  return w.args.sensitivity === undefined
    ? text
    : `敏感性分析 "${str(w.args, "sensitivity")}"，按 ${str(w.args, "run")} 运行：${text}`;
}
