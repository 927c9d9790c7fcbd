/**
 * The engine's short descriptions that a report quotes (a node's weighting variant, how a
 * spatial weight matrix was built, why a Markov chain has no steady state), said in Chinese.
 * results.json keeps them in English; the zh report rewrites their fixed phrases, in order.
 * Ids, paths and numbers inside them are kept. A phrase not listed stays English, which the
 * zh-report-words test catches for every spec in specs/.
 */
export const ENGINE_PHRASES_ZH: readonly (readonly [RegExp, string])[] = [
  [/principal eigenvector/g, "主特征向量"],
  [/row geometric mean/g, "行几何平均"],
  [/CR ≥ 0\.1 is an error/g, "CR ≥ 0.1 报错"],
  [/CR ≥ 0\.1 warns/g, "CR ≥ 0.1 警告"],
  [/(\w+) correlation, σ contrast/g, "$1 相关系数，对比强度 σ"],
  [/(\w+) correlation, 1 − entropy contrast/g, "$1 相关系数，对比强度 1 − 熵"],
  [/, α normalised by their absolute values/g, "，α 按绝对值归一化"],
  [/, α normalised by their sum/g, "，α 按其和归一化"],
  [/ of \[/g, "，成员 ["],
  [/sample σ of the normalised values/g, "标准化值的样本 σ"],
  [/sample σ \/ mean of the raw values/g, "原始值的样本 σ / 均值"],
  [/^neighbour pairs from (.+)$/, "邻接对，来自 $1"],
  [/^(\w+) contiguity of the map (\S+)/, "地图 $2 的 $1 邻接"],
  [/ \(vertices within (.+)°\)$/, "（顶点相距 ≤ $1°）"],
  [/ \(vertices equal\)$/, "（顶点重合）"],
  [
    /^(\d+) nearest neighbours by great-circle distance \((.+)\)$/,
    "大圆距离最近的 $1 个邻居（$2）",
  ],
  [/^distance band (\S+) km, great circle \((.+)\)$/, "距离带 $1 km，大圆距离（$2）"],
  [
    /^inverse distance d\^-(\S+) within (\S+) km, great circle \((.+)\)$/,
    "反距离 d^-$1，$2 km 以内，大圆距离（$3）",
  ],
  [/^inverse distance d\^-(\S+), great circle \((.+)\)$/, "反距离 d^-$1，大圆距离（$2）"],
  [
    /^economic distance (.+) of (\S+) \(inverse_mean_difference\)$/,
    "$2 的经济距离 $1（inverse_mean_difference）",
  ],
  [
    /^no unique steady state: the chain has (\d+) closed classes of states$/,
    "无唯一稳态：链有 $1 个闭类",
  ],
  [/^no transition starts with the lag in this class$/, "没有转移始于该滞后类别"],
  [/^no transition: no state occurs$/, "无转移：没有出现任何状态"],
  [/: level ratio (\S+) = (\S+) outside \((.+)\)$/, "：级比 $1 = $2，超出 ($3)"],
  [/: (\d+) years, GM\(1,1\) needs at least 4$/, "：$1 年，GM(1,1) 至少需要 4 年"],
  [/: (\S+) in (\d+), GM\(1,1\) needs values > 0$/, "：$2 年为 $1，GM(1,1) 要求数值 > 0"],
  [
    /^not estimated: (.+) has (\S+) in (\d+), and ln of a value ≤ 0 is undefined$/,
    "未估计：$1 在 $3 年为 $2，ln 对 ≤ 0 的值无定义",
  ],
  [/^not estimated: (\d+) observations?, at least 3 needed$/, "未估计：$1 个观测值，至少需要 3 个"],
  [/^not estimated: every ln value is the same$/, "未估计：所有 ln 值相同"],
];

/** An engine description in Chinese (its listed phrases rewritten). */
export function engineTextZh(text: string): string {
  let out = text;
  for (const [pattern, replacement] of ENGINE_PHRASES_ZH) out = out.replace(pattern, replacement);
  return out;
}
