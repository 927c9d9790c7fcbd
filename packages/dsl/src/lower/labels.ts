/** Labels: `{ en: primary, zh: … }`; without a primary label, `en` is the declaration's name. */
import { emptyRecord } from "@ccdc/plan";
import type { LabelSet } from "../ast.js";

export function lowerLabels(labels: LabelSet, name: string): Record<string, string> {
  const out = emptyRecord<string>();
  for (const { lang, text } of labels.others) out[lang.name] = text.value;
  out.en = labels.primary?.value ?? out.en ?? name;
  return out;
}
