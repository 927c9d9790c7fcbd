/**
 * The dynamics declarations in the model (issue 11): each resolved by the checker's `dynamics`
 * pass (already in plan shape), with its labels, in spec order; and, when the units are
 * regions, the spec's clusters (the groups of the regions, for the panel export).
 */
import type { CheckContext } from "../check/context.js";
import { labelsOf } from "./labels.js";
import type { DynamicsModel } from "./model.js";
import { need } from "./need.js";

export function buildDynamics(ctx: CheckContext): DynamicsModel {
  const list = ctx.ast.items.flatMap((d) =>
    d.kind === "dynamics"
      ? [
          {
            value: {
              ...need(ctx.tables.dynamics.get(d), `dynamics ${d.name.name}, resolved`),
              labels: labelsOf(d.labels, d.name.name),
            },
            range: d.range,
          },
        ]
      : [],
  );
  const clusters =
    ctx.tables.units?.level === "region"
      ? ctx.ast.items.flatMap((c) =>
          c.kind === "cluster"
            ? [
                {
                  id: c.name.name,
                  labels: labelsOf(c.labels, c.name.name),
                  members: c.members.map((m) => m.name),
                },
              ]
            : [],
        )
      : [];
  return { list, clusters };
}
