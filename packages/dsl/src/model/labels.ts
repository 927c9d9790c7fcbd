/** Labels in the model: `{ en: primary, zh: … }`. */
import { emptyRecord } from "@ccdc/plan";
import type { LabelSet } from "../ast.js";
import type { Labels } from "./model.js";

/** Without a primary label, `en` is an explicit `en` label, else the declaration's name. */
export function labelsOf(labels: LabelSet, name: string): Labels {
  const out = emptyRecord<string>();
  for (const { lang, text } of labels.others) out[lang.name] = text.value;
  out.en = labels.primary?.value ?? out.en ?? name;
  return out;
}
