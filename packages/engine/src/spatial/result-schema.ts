/**
 * The spatial parts of the JSON result (optional: present when the plan declares spatial
 * weights): each matrix's summary and each autocorrelation analysis's statistics per year.
 * Values that are undefined for a declared reason are null, or a year `{ defined: false,
 * reason }`; never NaN.
 */
import { type Static, Type as T } from "@sinclair/typebox";

const Num = T.Number();
const NumOrNull = T.Union([T.Number(), T.Null()]);
const Origin = T.Union([T.Literal("spec"), T.Literal("default")]);
const UndefinedYear = T.Object({
  year: T.Integer(),
  defined: T.Literal(false),
  reason: T.String(),
});
const Quadrant = T.Union([T.Literal("HH"), T.Literal("LH"), T.Literal("LL"), T.Literal("HL")]);

export const ResultWeightsSchema = T.Object({
  id: T.String(),
  /** How the matrix was built, in words (construction, file, parameters). */
  construction: T.String(),
  transform: T.Union([T.Literal("row"), T.Literal("binary")]),
  transformOrigin: Origin,
  islandsRule: T.Union([T.Literal("error"), T.Literal("drop")]),
  /** The regions (rows), in order. */
  regions: T.Array(T.String()),
  n: T.Integer(),
  /** Non-zero w_ij before the transform (a symmetric pair counts twice). */
  links: T.Integer(),
  meanNeighbours: Num,
  minNeighbours: T.Integer(),
  maxNeighbours: T.Integer(),
  islands: T.Array(T.String()),
  symmetric: T.Boolean(),
  /** Hand-declared links, "a–b". */
  declaredLinks: T.Array(T.String()),
  /** The transformed matrix's links: [row region, column region, w_ij], by row then column. */
  edges: T.Array(T.Tuple([T.String(), T.String(), Num])),
});

export const ResultMoranYearSchema = T.Union([
  T.Object({
    year: T.Integer(),
    defined: T.Literal(true),
    I: Num,
    EI: Num,
    VI_norm: NumOrNull,
    VI_rand: NumOrNull,
    z_norm: NumOrNull,
    z_rand: NumOrNull,
    p_norm: NumOrNull,
    p_rand: NumOrNull,
    p_sim: NumOrNull,
  }),
  UndefinedYear,
]);

export const ResultLisaYearSchema = T.Union([
  T.Object({
    year: T.Integer(),
    defined: T.Literal(true),
    I: T.Array(Num),
    quadrant: T.Array(Quadrant),
    /** The Moran scatter plot (x: z standardised by the population sd; y: its spatial lag). */
    z: T.Array(Num),
    lag: T.Array(Num),
    p_sim: T.Array(Num),
    cluster: T.Array(T.Union([Quadrant, T.Literal("ns")])),
  }),
  UndefinedYear,
]);

export const ResultGiYearSchema = T.Union([
  T.Object({
    year: T.Integer(),
    defined: T.Literal(true),
    z: T.Array(Num),
    p: T.Array(Num),
    spot: T.Array(T.Union([T.Literal("hot"), T.Literal("cold"), T.Literal("ns")])),
  }),
  UndefinedYear,
]);

export const ResultAutocorrelationSchema = T.Object({
  id: T.String(),
  label: T.String(),
  labels: T.Record(T.String(), T.String()),
  /** "D of <analysis> (<form>)" or "index of <node>". */
  values: T.String(),
  weights: T.String(),
  permutations: T.Integer(),
  seed: T.Integer(),
  significance: Num,
  /** The regions tested, in order: every per-region array is aligned with it. */
  regions: T.Array(T.String()),
  /** Islands left out (islands drop). */
  dropped: T.Array(T.String()),
  moran: T.Optional(T.Array(ResultMoranYearSchema)),
  lisa: T.Optional(T.Array(ResultLisaYearSchema)),
  /** Getis-Ord Gi* z of Ord & Getis (1995). */
  gi_star: T.Optional(T.Array(ResultGiYearSchema)),
  /** Getis-Ord Gi* z as PySAL esda G_Local(star=True) computes it. */
  gi_star_pysal: T.Optional(T.Array(ResultGiYearSchema)),
});

export type ResultWeights = Static<typeof ResultWeightsSchema>;
export type ResultAutocorrelation = Static<typeof ResultAutocorrelationSchema>;
export type ResultMoranYear = Static<typeof ResultMoranYearSchema>;
export type ResultLisaYear = Static<typeof ResultLisaYearSchema>;
export type ResultGiYear = Static<typeof ResultGiYearSchema>;
