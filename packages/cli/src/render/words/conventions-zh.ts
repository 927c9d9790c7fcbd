/**
 * The engine's fixed rules (engine CONVENTIONS) in Chinese, by key; `{shift}` is the
 * normalisation's shift. Typed by the engine's keys: a rule without a sentence here is a type
 * error. Formulas keep the engine's symbols.
 */
import type { ConventionKey } from "@ccdc/engine";

export const CONVENTIONS_ZH: Readonly<Record<ConventionKey, string>> = {
  aggregate_first: "先将地区数据汇总到单元，再计算指标（城市群的比率为总量之比）",
  single_region_unit: "只含一个地区的单元直接采用该地区的数值，不论其汇总规则",
  minmax:
    "极差标准化：正向指标 (x − min)/(max − min)，负向指标 (max − x)/(max − min)，再加平移量 shift",
  scope_pooled: "范围 pooled：min、max 与熵值在全部单元 × 年份上计算",
  scope_per_year:
    "范围 per_year：min、max 与熵值在每一年内计算；熵值权重逐年不同，节点权重报告其均值，weightsByYear 给出各年权重",
  constant_zero:
    "常数指标（max − min ≤ 1e-12 × max(|max|, |min|)：max = min 或仅为舍入噪声）→ 所有标准化值 = 平移量（{shift}），并给出警告",
  constant_error:
    "常数指标（max − min ≤ 1e-12 × max(|max|, |min|)：max = min 或仅为舍入噪声）→ 报错",
  entropy: "熵值法：p = y′/Σy′，e = −(1/ln m) Σ p ln p，0·ln 0 := 0，d = 1 − e，w = d/Σd",
  entropy_degenerate: "熵值法中 Σd = 0（没有指标变化）→ 等权重，并给出警告",
  staged: "分层节点：各子指数先以相同的平移量和范围作极差标准化（正向），再加权",
  given: "给定节点：指数直接读自变量，不作标准化；其值须在 [0, 1] 内",
  compensated_sums: "求和采用补偿求和（Neumaier）",
  zero_coupling: "任一参与耦合的指数为 0 时，耦合度 C = 0（此时 D = 0）",
  t_and_d: "T = Σ β_k S_k；D = √(C·T)",
  grading: "D 以未舍入的值分级；D 超出等级标准上限（指数可达 1 + shift）时归入最高等级，并给出警告",
  growth: "年均增长率 = (S_last/S_first)^(1/(年数 − 1)) − 1；S_first ≤ 0 时为空（并给出警告）",
  interpolate: "缺失值 interpolate：在观测年份之间按年份线性插值；首尾缺失报错",
  nearest: "缺失值 nearest 与 splice：取最近的观测年份，距离相同时取较早年份；只以观测值为填补依据",
  splice: "splice：x(t) = x(t0)·proxy(t)/proxy(t0)；代理变量先按其自身规则填补",
  stdev:
    "标准差法：w = σ/Σσ，σ 为范围内标准化值的样本标准差（除数 m − 1）；Σσ = 0 → 等权重，并给出警告",
  cv: "变异系数法：v = σ/均值（范围内原始值，σ 为样本标准差），w = v/Σv；有负值或均值为零时报错（D0307）；Σv = 0 → 等权重",
  critic:
    "CRITIC 法（Diakoulaki 1995）：C_j = s_j Σ_k (1 − r_jk)（标准化值），w = C/ΣC；s = σ 或 1 − e_j；常数列 C = 0，且不计入其他指标的 Σ；ΣC = 0 → 等权重",
  ahp: "层次分析法：权重取主特征向量（幂法）或行几何平均；λmax 为最大特征值，CI = (λmax − n)/(n − 1)，CR = CI/RI(n)（Saaty 的 RI；n ≤ 2 → CR = 0）；CR ≥ 0.1 → 报错，除非声明 allow_inconsistent",
  combine_linear: "组合赋权（线性）：w = Σ α_t w_t",
  combine_multiplicative: "组合赋权（乘法）：w_j ∝ Π_t w_t,j；乘积全为 0 → 等权重",
  combine_geometric: "组合赋权（几何）：w_j ∝ (Π_t w_t,j)^(1/T)；乘积全为 0 → 等权重",
  combine_game_theory:
    "组合赋权（博弈论）：α 满足 Σ_t α_t (w_s·w_t) = w_s·w_s（s = 1..T），按 |α|（abs）或 α（sum）归一化，w = Σ α_t w_t；方程组奇异（各成员相同）→ α = 1/T",
  topsis:
    "TOPSIS 合成：v = w·y′（叶指标），V+ = max、V− = min（在标准化范围内），C = D−/(D+ + D−)；D+ + D− = 0 → C = 0.5，并给出警告",
};
