// Generated from parser.ts by chevrotain's generateCstDts; do not edit (see cst-dts.test.ts).
import type { CstNode, ICstVisitor, IToken } from "chevrotain";

export interface SpecCstNode extends CstNode {
  name: "spec";
  children: SpecCstChildren;
}

export type SpecCstChildren = {
  studyDecl?: StudyDeclCstNode[];
  sourceDecl?: SourceDeclCstNode[];
  regionDecl?: RegionDeclCstNode[];
  clusterDecl?: ClusterDeclCstNode[];
  unitsDecl?: UnitsDeclCstNode[];
  methodDecl?: MethodDeclCstNode[];
  nodeDecl?: NodeDeclCstNode[];
  scaleDecl?: ScaleDeclCstNode[];
  analysisDecl?: AnalysisDeclCstNode[];
  mapDecl?: MapDeclCstNode[];
  spatialWeightsDecl?: SpatialWeightsDeclCstNode[];
  autocorrelationDecl?: AutocorrelationDeclCstNode[];
  dynamicsDecl?: DynamicsDeclCstNode[];
  relativeDecl?: RelativeDeclCstNode[];
  obstacleDecl?: ObstacleDeclCstNode[];
  variantDecl?: VariantDeclCstNode[];
  sensitivityDecl?: SensitivityDeclCstNode[];
  figureDecl?: FigureDeclCstNode[];
};

export interface LabelsCstNode extends CstNode {
  name: "labels";
  children: LabelsCstChildren;
}

export type LabelsCstChildren = {
  primary?: IToken[];
  otherLabel?: OtherLabelCstNode[];
};

export interface OtherLabelCstNode extends CstNode {
  name: "otherLabel";
  children: OtherLabelCstChildren;
}

export type OtherLabelCstChildren = {
  Identifier: IToken[];
  StringLiteral: IToken[];
};

export interface NameListCstNode extends CstNode {
  name: "nameList";
  children: NameListCstChildren;
}

export type NameListCstChildren = {
  Identifier: (IToken)[];
  Comma?: IToken[];
};

export interface SignedNumberCstNode extends CstNode {
  name: "signedNumber";
  children: SignedNumberCstChildren;
}

export type SignedNumberCstChildren = {
  Minus?: IToken[];
  NumberLiteral: IToken[];
};

export interface NoteClauseCstNode extends CstNode {
  name: "noteClause";
  children: NoteClauseCstChildren;
}

export type NoteClauseCstChildren = {
  Note: IToken[];
  StringLiteral: IToken[];
};

export interface MissingClauseCstNode extends CstNode {
  name: "missingClause";
  children: MissingClauseCstChildren;
}

export type MissingClauseCstChildren = {
  Missing: IToken[];
  rule: IToken[];
  proxy?: IToken[];
};

export interface UnitClauseCstNode extends CstNode {
  name: "unitClause";
  children: UnitClauseCstChildren;
}

export type UnitClauseCstChildren = {
  Unit: IToken[];
  StringLiteral: IToken[];
};

export interface ComposeClauseCstNode extends CstNode {
  name: "composeClause";
  children: ComposeClauseCstChildren;
}

export type ComposeClauseCstChildren = {
  Compose: IToken[];
  Identifier: IToken[];
};

export interface CouplingClauseCstNode extends CstNode {
  name: "couplingClause";
  children: CouplingClauseCstChildren;
}

export type CouplingClauseCstChildren = {
  Coupling: IToken[];
  nameList: NameListCstNode[];
};

export interface WeightsClauseCstNode extends CstNode {
  name: "weightsClause";
  children: WeightsClauseCstChildren;
}

export type WeightsClauseCstChildren = {
  Weights: IToken[];
  Identifier: IToken[];
  option?: IToken[];
  number?: SignedNumberCstNode[];
  Comma?: IToken[];
  LCurly?: IToken[];
  member?: WeightsClauseCstNode[];
  weightRow?: WeightRowCstNode[];
  RCurly?: IToken[];
};

export interface WeightRowCstNode extends CstNode {
  name: "weightRow";
  children: WeightRowCstChildren;
}

export type WeightRowCstChildren = {
  Identifier: IToken[];
  weightCell: WeightCellCstNode[];
  Comma?: IToken[];
};

export interface WeightCellCstNode extends CstNode {
  name: "weightCell";
  children: WeightCellCstChildren;
}

export type WeightCellCstChildren = {
  signedNumber: SignedNumberCstNode[];
  Slash?: IToken[];
  denominator?: IToken[];
};

export interface StudyDeclCstNode extends CstNode {
  name: "studyDecl";
  children: StudyDeclCstChildren;
}

export type StudyDeclCstChildren = {
  Study: IToken[];
  Identifier: IToken[];
  LCurly: IToken[];
  titleClause?: TitleClauseCstNode[];
  periodClause?: PeriodClauseCstNode[];
  noteClause?: NoteClauseCstNode[];
  citeClause?: CiteClauseCstNode[];
  RCurly: IToken[];
};

export interface TitleClauseCstNode extends CstNode {
  name: "titleClause";
  children: TitleClauseCstChildren;
}

export type TitleClauseCstChildren = {
  Title: IToken[];
  StringLiteral: IToken[];
};

export interface PeriodClauseCstNode extends CstNode {
  name: "periodClause";
  children: PeriodClauseCstChildren;
}

export type PeriodClauseCstChildren = {
  Period: IToken[];
  from: SignedNumberCstNode[];
  To: IToken[];
  to: SignedNumberCstNode[];
};

export interface CiteClauseCstNode extends CstNode {
  name: "citeClause";
  children: CiteClauseCstChildren;
}

export type CiteClauseCstChildren = {
  Cite: IToken[];
  Identifier: IToken[];
  StringLiteral: IToken[];
};

export interface SourceDeclCstNode extends CstNode {
  name: "sourceDecl";
  children: SourceDeclCstChildren;
}

export type SourceDeclCstChildren = {
  Source: IToken[];
  Identifier: IToken[];
  StringLiteral: IToken[];
  LCurly: IToken[];
  formatClause?: FormatClauseCstNode[];
  sheetClause?: SheetClauseCstNode[];
  layoutClause?: LayoutClauseCstNode[];
  missingClause?: MissingClauseCstNode[];
  variableDecl?: VariableDeclCstNode[];
  RCurly: IToken[];
};

export interface FormatClauseCstNode extends CstNode {
  name: "formatClause";
  children: FormatClauseCstChildren;
}

export type FormatClauseCstChildren = {
  Format: IToken[];
  Identifier: IToken[];
};

export interface SheetClauseCstNode extends CstNode {
  name: "sheetClause";
  children: SheetClauseCstChildren;
}

export type SheetClauseCstChildren = {
  Sheet: IToken[];
  StringLiteral: IToken[];
};

export interface LayoutClauseCstNode extends CstNode {
  name: "layoutClause";
  children: LayoutClauseCstChildren;
}

export type LayoutClauseCstChildren = {
  Layout: IToken[];
  Identifier: IToken[];
  LCurly: IToken[];
  layoutColumn?: LayoutColumnCstNode[];
  RCurly: IToken[];
};

export interface LayoutColumnCstNode extends CstNode {
  name: "layoutColumn";
  children: LayoutColumnCstChildren;
}

export type LayoutColumnCstChildren = {
  Identifier: IToken[];
  StringLiteral: IToken[];
};

export interface VariableDeclCstNode extends CstNode {
  name: "variableDecl";
  children: VariableDeclCstChildren;
}

export type VariableDeclCstChildren = {
  Variable: IToken[];
  Identifier: IToken[];
  StringLiteral?: IToken[];
  unitClause?: UnitClauseCstNode[];
  aggregateClause?: AggregateClauseCstNode[];
  missingClause?: MissingClauseCstNode[];
  noteClause?: NoteClauseCstNode[];
};

export interface AggregateClauseCstNode extends CstNode {
  name: "aggregateClause";
  children: AggregateClauseCstChildren;
}

export type AggregateClauseCstChildren = {
  Aggregate: IToken[];
  method: IToken[];
  Weighted?: IToken[];
  By?: IToken[];
  by?: IToken[];
};

export interface RegionDeclCstNode extends CstNode {
  name: "regionDecl";
  children: RegionDeclCstChildren;
}

export type RegionDeclCstChildren = {
  Region: IToken[];
  Identifier: IToken[];
  labels: LabelsCstNode[];
  Key?: IToken[];
  StringLiteral?: IToken[];
};

export interface ClusterDeclCstNode extends CstNode {
  name: "clusterDecl";
  children: ClusterDeclCstChildren;
}

export type ClusterDeclCstChildren = {
  Cluster: IToken[];
  Identifier: IToken[];
  labels: LabelsCstNode[];
  LCurly: IToken[];
  nameList?: NameListCstNode[];
  RCurly: IToken[];
};

export interface UnitsDeclCstNode extends CstNode {
  name: "unitsDecl";
  children: UnitsDeclCstChildren;
}

export type UnitsDeclCstChildren = {
  Units: IToken[];
  nameList: NameListCstNode[];
};

export interface MethodDeclCstNode extends CstNode {
  name: "methodDecl";
  children: MethodDeclCstChildren;
}

export type MethodDeclCstChildren = {
  Method: IToken[];
  LCurly: IToken[];
  normalizeClause?: NormalizeClauseCstNode[];
  weightsClause?: WeightsClauseCstNode[];
  composeClause?: ComposeClauseCstNode[];
  couplingClause?: CouplingClauseCstNode[];
  constantClause?: ConstantClauseCstNode[];
  RCurly: IToken[];
};

export interface NormalizeClauseCstNode extends CstNode {
  name: "normalizeClause";
  children: NormalizeClauseCstChildren;
}

export type NormalizeClauseCstChildren = {
  Normalize: IToken[];
  method?: IToken[];
  Shift?: IToken[];
  shift?: SignedNumberCstNode[];
  Scope?: IToken[];
  scope?: IToken[];
};

export interface ConstantClauseCstNode extends CstNode {
  name: "constantClause";
  children: ConstantClauseCstChildren;
}

export type ConstantClauseCstChildren = {
  Constant: IToken[];
  Identifier: IToken[];
};

export interface NodeDeclCstNode extends CstNode {
  name: "nodeDecl";
  children: NodeDeclCstChildren;
}

export type NodeDeclCstChildren = {
  Index?: IToken[];
  System?: IToken[];
  Group?: IToken[];
  Identifier: IToken[];
  labels: LabelsCstNode[];
  LCurly: IToken[];
  composeClause?: ComposeClauseCstNode[];
  weightsClause?: WeightsClauseCstNode[];
  givenClause?: GivenClauseCstNode[];
  nodeDecl?: NodeDeclCstNode[];
  indicatorDecl?: IndicatorDeclCstNode[];
  RCurly: IToken[];
};

export interface GivenClauseCstNode extends CstNode {
  name: "givenClause";
  children: GivenClauseCstChildren;
}

export type GivenClauseCstChildren = {
  Given: IToken[];
  Identifier: IToken[];
};

export interface IndicatorDeclCstNode extends CstNode {
  name: "indicatorDecl";
  children: IndicatorDeclCstChildren;
}

export type IndicatorDeclCstChildren = {
  Indicator: IToken[];
  Identifier: IToken[];
  labels: LabelsCstNode[];
  LCurly: IToken[];
  directionClause?: DirectionClauseCstNode[];
  unitClause?: UnitClauseCstNode[];
  valueClause?: ValueClauseCstNode[];
  fromClause?: FromClauseCstNode[];
  RCurly: IToken[];
};

export interface DirectionClauseCstNode extends CstNode {
  name: "directionClause";
  children: DirectionClauseCstChildren;
}

export type DirectionClauseCstChildren = {
  Direction: IToken[];
  Identifier?: IToken[];
  Plus?: IToken[];
  Minus?: IToken[];
};

export interface ValueClauseCstNode extends CstNode {
  name: "valueClause";
  children: ValueClauseCstChildren;
}

export type ValueClauseCstChildren = {
  Value: IToken[];
  expression: ExpressionCstNode[];
};

export interface FromClauseCstNode extends CstNode {
  name: "fromClause";
  children: FromClauseCstChildren;
}

export type FromClauseCstChildren = {
  From: IToken[];
  StringLiteral: IToken[];
};

export interface ExpressionCstNode extends CstNode {
  name: "expression";
  children: ExpressionCstChildren;
}

export type ExpressionCstChildren = {
  operands: (TermCstNode)[];
  AddOp?: IToken[];
};

export interface TermCstNode extends CstNode {
  name: "term";
  children: TermCstChildren;
}

export type TermCstChildren = {
  operands: (UnaryCstNode)[];
  MulOp?: IToken[];
};

export interface UnaryCstNode extends CstNode {
  name: "unary";
  children: UnaryCstChildren;
}

export type UnaryCstChildren = {
  Minus?: IToken[];
  unary?: UnaryCstNode[];
  primary?: PrimaryCstNode[];
};

export interface PrimaryCstNode extends CstNode {
  name: "primary";
  children: PrimaryCstChildren;
}

export type PrimaryCstChildren = {
  NumberLiteral?: IToken[];
  Identifier?: IToken[];
  LParen?: IToken[];
  expression?: ExpressionCstNode[];
  RParen?: IToken[];
};

export interface ScaleDeclCstNode extends CstNode {
  name: "scaleDecl";
  children: ScaleDeclCstChildren;
}

export type ScaleDeclCstChildren = {
  Scale: IToken[];
  Identifier: IToken[];
  labels: LabelsCstNode[];
  LCurly: IToken[];
  levelDecl?: LevelDeclCstNode[];
  RCurly: IToken[];
};

export interface LevelDeclCstNode extends CstNode {
  name: "levelDecl";
  children: LevelDeclCstChildren;
}

export type LevelDeclCstChildren = {
  Level: IToken[];
  level: SignedNumberCstNode[];
  LBracket?: IToken[];
  LParen?: IToken[];
  lower: SignedNumberCstNode[];
  Comma: IToken[];
  upper: SignedNumberCstNode[];
  RBracket?: IToken[];
  RParen?: IToken[];
  labels: LabelsCstNode[];
};

export interface AnalysisDeclCstNode extends CstNode {
  name: "analysisDecl";
  children: AnalysisDeclCstChildren;
}

export type AnalysisDeclCstChildren = {
  Analysis: IToken[];
  Identifier: IToken[];
  labels: LabelsCstNode[];
  LCurly: IToken[];
  withinClause?: WithinClauseCstNode[];
  betweenClause?: BetweenClauseCstNode[];
  systemsClause?: SystemsClauseCstNode[];
  onClause?: OnClauseCstNode[];
  couplingClause?: CouplingClauseCstNode[];
  betaClause?: BetaClauseCstNode[];
  scaleClause?: ScaleClauseCstNode[];
  RCurly: IToken[];
};

export interface WithinClauseCstNode extends CstNode {
  name: "withinClause";
  children: WithinClauseCstChildren;
}

export type WithinClauseCstChildren = {
  Within: IToken[];
  Each?: IToken[];
  Unit?: IToken[];
  nameList?: NameListCstNode[];
};

export interface BetweenClauseCstNode extends CstNode {
  name: "betweenClause";
  children: BetweenClauseCstChildren;
}

export type BetweenClauseCstChildren = {
  Between: IToken[];
  betweenItem: BetweenItemCstNode[];
  Comma?: IToken[];
};

export interface BetweenItemCstNode extends CstNode {
  name: "betweenItem";
  children: BetweenItemCstChildren;
}

export type BetweenItemCstChildren = {
  betweenMode?: BetweenModeCstNode[];
  combination?: CombinationCstNode[];
};

export interface BetweenModeCstNode extends CstNode {
  name: "betweenMode";
  children: BetweenModeCstChildren;
}

export type BetweenModeCstChildren = {
  Pairs?: IToken[];
  Triples?: IToken[];
  All?: IToken[];
  Of?: IToken[];
  Identifier?: (IToken)[];
  Comma?: IToken[];
};

export interface CombinationCstNode extends CstNode {
  name: "combination";
  children: CombinationCstChildren;
}

export type CombinationCstChildren = {
  LParen: IToken[];
  nameList: NameListCstNode[];
  RParen: IToken[];
};

export interface SystemsClauseCstNode extends CstNode {
  name: "systemsClause";
  children: SystemsClauseCstChildren;
}

export type SystemsClauseCstChildren = {
  Systems: IToken[];
  nameList: NameListCstNode[];
};

export interface OnClauseCstNode extends CstNode {
  name: "onClause";
  children: OnClauseCstChildren;
}

export type OnClauseCstChildren = {
  On: IToken[];
  nameList: NameListCstNode[];
};

export interface BetaClauseCstNode extends CstNode {
  name: "betaClause";
  children: BetaClauseCstChildren;
}

export type BetaClauseCstChildren = {
  Beta: IToken[];
  Equal?: IToken[];
  signedNumber?: (SignedNumberCstNode)[];
  Comma?: IToken[];
};

export interface ScaleClauseCstNode extends CstNode {
  name: "scaleClause";
  children: ScaleClauseCstChildren;
}

export type ScaleClauseCstChildren = {
  Scale: IToken[];
  Identifier: IToken[];
};

export interface MapDeclCstNode extends CstNode {
  name: "mapDecl";
  children: MapDeclCstChildren;
}

export type MapDeclCstChildren = {
  Map: IToken[];
  Identifier: IToken[];
  StringLiteral?: IToken[];
  settingsBlock: SettingsBlockCstNode[];
};

export interface SpatialWeightsDeclCstNode extends CstNode {
  name: "spatialWeightsDecl";
  children: SpatialWeightsDeclCstChildren;
}

export type SpatialWeightsDeclCstChildren = {
  Spatial_weights: IToken[];
  Identifier: IToken[];
  labels: LabelsCstNode[];
  settingsBlock: SettingsBlockCstNode[];
};

export interface AutocorrelationDeclCstNode extends CstNode {
  name: "autocorrelationDecl";
  children: AutocorrelationDeclCstChildren;
}

export type AutocorrelationDeclCstChildren = {
  Autocorrelation: IToken[];
  Identifier: IToken[];
  labels: LabelsCstNode[];
  settingsBlock: SettingsBlockCstNode[];
};

export interface SettingsBlockCstNode extends CstNode {
  name: "settingsBlock";
  children: SettingsBlockCstChildren;
}

export type SettingsBlockCstChildren = {
  LCurly: IToken[];
  formatClause?: FormatClauseCstNode[];
  settingClause?: SettingClauseCstNode[];
  RCurly: IToken[];
};

export interface SettingClauseCstNode extends CstNode {
  name: "settingClause";
  children: SettingClauseCstChildren;
}

export type SettingClauseCstChildren = {
  SettingWord: IToken[];
  StringLiteral?: IToken[];
  signedNumber?: SignedNumberCstNode[];
  Comma?: IToken[];
  Identifier?: IToken[];
};

export interface RelativeDeclCstNode extends CstNode {
  name: "relativeDecl";
  children: RelativeDeclCstChildren;
}

export type RelativeDeclCstChildren = {
  Relative: IToken[];
  Identifier: IToken[];
  labels: LabelsCstNode[];
  LCurly: IToken[];
  settingClause?: SettingClauseCstNode[];
  relativeLevel?: RelativeLevelCstNode[];
  RCurly: IToken[];
};

export interface RelativeLevelCstNode extends CstNode {
  name: "relativeLevel";
  children: RelativeLevelCstChildren;
}

export type RelativeLevelCstChildren = {
  Level: IToken[];
  level: SignedNumberCstNode[];
  LBracket?: IToken[];
  LParen?: IToken[];
  lower: SignedNumberCstNode[];
  Comma: IToken[];
  upper?: SignedNumberCstNode[];
  unbounded?: IToken[];
  RBracket?: IToken[];
  RParen?: IToken[];
  labels: LabelsCstNode[];
};

export interface ObstacleDeclCstNode extends CstNode {
  name: "obstacleDecl";
  children: ObstacleDeclCstChildren;
}

export type ObstacleDeclCstChildren = {
  Obstacle: IToken[];
  Identifier: IToken[];
  labels: LabelsCstNode[];
  LCurly: IToken[];
  settingClause?: SettingClauseCstNode[];
  RCurly: IToken[];
};

export interface DynamicsDeclCstNode extends CstNode {
  name: "dynamicsDecl";
  children: DynamicsDeclCstChildren;
}

export type DynamicsDeclCstChildren = {
  Dynamics: IToken[];
  Identifier: IToken[];
  labels: LabelsCstNode[];
  LCurly: IToken[];
  subjectClause?: SubjectClauseCstNode[];
  groupsClause?: GroupsClauseCstNode[];
  giniClause?: GiniClauseCstNode[];
  theilClause?: TheilClauseCstNode[];
  densityClause?: DensityClauseCstNode[];
  markovClause?: MarkovClauseCstNode[];
  convergenceClause?: ConvergenceClauseCstNode[];
  forecastClause?: ForecastClauseCstNode[];
  RCurly: IToken[];
};

export interface SubjectClauseCstNode extends CstNode {
  name: "subjectClause";
  children: SubjectClauseCstChildren;
}

export type SubjectClauseCstChildren = {
  Of: IToken[];
  subject: IToken[];
  form?: IToken[];
};

export interface GroupsClauseCstNode extends CstNode {
  name: "groupsClause";
  children: GroupsClauseCstChildren;
}

export type GroupsClauseCstChildren = {
  Groups: IToken[];
  nameList: NameListCstNode[];
};

export interface GiniClauseCstNode extends CstNode {
  name: "giniClause";
  children: GiniClauseCstChildren;
}

export type GiniClauseCstChildren = {
  Gini: IToken[];
  variant?: IToken[];
};

export interface TheilClauseCstNode extends CstNode {
  name: "theilClause";
  children: TheilClauseCstChildren;
}

export type TheilClauseCstChildren = {
  Theil: IToken[];
};

export interface DensityClauseCstNode extends CstNode {
  name: "densityClause";
  children: DensityClauseCstChildren;
}

export type DensityClauseCstChildren = {
  Density: IToken[];
  kernel?: IToken[];
  Bandwidth?: IToken[];
  rule?: IToken[];
  h?: IToken[];
  Grid?: IToken[];
  from?: SignedNumberCstNode[];
  To?: IToken[];
  to?: SignedNumberCstNode[];
  Points?: IToken[];
  points?: IToken[];
};

export interface MarkovClauseCstNode extends CstNode {
  name: "markovClause";
  children: MarkovClauseCstChildren;
}

export type MarkovClauseCstChildren = {
  Markov: IToken[];
  Grades?: IToken[];
  Scale?: IToken[];
  scale?: IToken[];
  Quantiles?: IToken[];
  k?: IToken[];
  scope?: IToken[];
  Step?: IToken[];
  step?: IToken[];
  Setting_matrix?: IToken[];
  matrix?: IToken[];
};

export interface ConvergenceClauseCstNode extends CstNode {
  name: "convergenceClause";
  children: ConvergenceClauseCstChildren;
}

export type ConvergenceClauseCstChildren = {
  Convergence: IToken[];
  Step?: IToken[];
  step?: IToken[];
};

export interface ForecastClauseCstNode extends CstNode {
  name: "forecastClause";
  children: ForecastClauseCstChildren;
}

export type ForecastClauseCstChildren = {
  Forecast: IToken[];
  horizon: IToken[];
  mode?: IToken[];
};

export interface VariantDeclCstNode extends CstNode {
  name: "variantDecl";
  children: VariantDeclCstChildren;
}

export type VariantDeclCstChildren = {
  Variant: IToken[];
  Identifier: IToken[];
  labels: LabelsCstNode[];
  LCurly: IToken[];
  normalizeClause?: NormalizeClauseCstNode[];
  variantNode?: VariantNodeCstNode[];
  couplingClause?: CouplingClauseCstNode[];
  variantAnalysis?: VariantAnalysisCstNode[];
  scaleClause?: ScaleClauseCstNode[];
  dropClause?: DropClauseCstNode[];
  RCurly: IToken[];
};

export interface VariantNodeCstNode extends CstNode {
  name: "variantNode";
  children: VariantNodeCstChildren;
}

export type VariantNodeCstChildren = {
  Node: IToken[];
  Identifier: IToken[];
  LCurly: IToken[];
  composeClause?: ComposeClauseCstNode[];
  weightsClause?: WeightsClauseCstNode[];
  RCurly: IToken[];
};

export interface VariantAnalysisCstNode extends CstNode {
  name: "variantAnalysis";
  children: VariantAnalysisCstChildren;
}

export type VariantAnalysisCstChildren = {
  Analysis: IToken[];
  Identifier: IToken[];
  LCurly: IToken[];
  couplingClause?: CouplingClauseCstNode[];
  scaleClause?: ScaleClauseCstNode[];
  RCurly: IToken[];
};

export interface DropClauseCstNode extends CstNode {
  name: "dropClause";
  children: DropClauseCstChildren;
}

export type DropClauseCstChildren = {
  Drop: IToken[];
  nameList: NameListCstNode[];
};

export interface SensitivityDeclCstNode extends CstNode {
  name: "sensitivityDecl";
  children: SensitivityDeclCstChildren;
}

export type SensitivityDeclCstChildren = {
  Sensitivity: IToken[];
  Identifier: IToken[];
  labels: LabelsCstNode[];
  LCurly: IToken[];
  choiceClause?: ChoiceClauseCstNode[];
  watchClause?: WatchClauseCstNode[];
  sampleClause?: SampleClauseCstNode[];
  RCurly: IToken[];
};

export interface ChoiceClauseCstNode extends CstNode {
  name: "choiceClause";
  children: ChoiceClauseCstChildren;
}

export type ChoiceClauseCstChildren = {
  Choice: IToken[];
  Identifier: IToken[];
  LCurly: IToken[];
  nameList: NameListCstNode[];
  RCurly: IToken[];
};

export interface WatchClauseCstNode extends CstNode {
  name: "watchClause";
  children: WatchClauseCstChildren;
}

export type WatchClauseCstChildren = {
  Watch: IToken[];
  nameList: NameListCstNode[];
};

export interface SampleClauseCstNode extends CstNode {
  name: "sampleClause";
  children: SampleClauseCstChildren;
}

export type SampleClauseCstChildren = {
  Sample: IToken[];
  kind: IToken[];
  count?: SignedNumberCstNode[];
  seedWord?: IToken[];
  seed?: SignedNumberCstNode[];
};

export interface FigureDeclCstNode extends CstNode {
  name: "figureDecl";
  children: FigureDeclCstChildren;
}

export type FigureDeclCstChildren = {
  Figure: IToken[];
  Identifier: IToken[];
  labels: LabelsCstNode[];
  LCurly: IToken[];
  showClause?: ShowClauseCstNode[];
  kindClause?: KindClauseCstNode[];
  figureUnitsClause?: FigureUnitsClauseCstNode[];
  yearsClause?: YearsClauseCstNode[];
  onClause?: OnClauseCstNode[];
  figureMapClause?: FigureMapClauseCstNode[];
  figureFromClause?: FigureFromClauseCstNode[];
  captionClause?: CaptionClauseCstNode[];
  RCurly: IToken[];
};

export interface ShowClauseCstNode extends CstNode {
  name: "showClause";
  children: ShowClauseCstChildren;
}

export type ShowClauseCstChildren = {
  Show: IToken[];
  measure: IToken[];
  Of: IToken[];
  nameList: NameListCstNode[];
  form?: IToken[];
};

export interface KindClauseCstNode extends CstNode {
  name: "kindClause";
  children: KindClauseCstChildren;
}

export type KindClauseCstChildren = {
  Kind: IToken[];
  Identifier: IToken[];
};

export interface FigureUnitsClauseCstNode extends CstNode {
  name: "figureUnitsClause";
  children: FigureUnitsClauseCstChildren;
}

export type FigureUnitsClauseCstChildren = {
  Units: IToken[];
  nameList: NameListCstNode[];
};

export interface YearsClauseCstNode extends CstNode {
  name: "yearsClause";
  children: YearsClauseCstChildren;
}

export type YearsClauseCstChildren = {
  Years: IToken[];
  first: IToken[];
  To?: IToken[];
  last?: IToken[];
  Comma?: IToken[];
  more?: IToken[];
};

export interface FigureMapClauseCstNode extends CstNode {
  name: "figureMapClause";
  children: FigureMapClauseCstChildren;
}

export type FigureMapClauseCstChildren = {
  Map: IToken[];
  Identifier: IToken[];
};

export interface FigureFromClauseCstNode extends CstNode {
  name: "figureFromClause";
  children: FigureFromClauseCstChildren;
}

export type FigureFromClauseCstChildren = {
  From: IToken[];
  Identifier: IToken[];
};

export interface CaptionClauseCstNode extends CstNode {
  name: "captionClause";
  children: CaptionClauseCstChildren;
}

export type CaptionClauseCstChildren = {
  Caption: IToken[];
  labels: LabelsCstNode[];
};

export interface ICstNodeVisitor<IN, OUT> extends ICstVisitor<IN, OUT> {
  spec(children: SpecCstChildren, param?: IN): OUT;
  labels(children: LabelsCstChildren, param?: IN): OUT;
  otherLabel(children: OtherLabelCstChildren, param?: IN): OUT;
  nameList(children: NameListCstChildren, param?: IN): OUT;
  signedNumber(children: SignedNumberCstChildren, param?: IN): OUT;
  noteClause(children: NoteClauseCstChildren, param?: IN): OUT;
  missingClause(children: MissingClauseCstChildren, param?: IN): OUT;
  unitClause(children: UnitClauseCstChildren, param?: IN): OUT;
  composeClause(children: ComposeClauseCstChildren, param?: IN): OUT;
  couplingClause(children: CouplingClauseCstChildren, param?: IN): OUT;
  weightsClause(children: WeightsClauseCstChildren, param?: IN): OUT;
  weightRow(children: WeightRowCstChildren, param?: IN): OUT;
  weightCell(children: WeightCellCstChildren, param?: IN): OUT;
  studyDecl(children: StudyDeclCstChildren, param?: IN): OUT;
  titleClause(children: TitleClauseCstChildren, param?: IN): OUT;
  periodClause(children: PeriodClauseCstChildren, param?: IN): OUT;
  citeClause(children: CiteClauseCstChildren, param?: IN): OUT;
  sourceDecl(children: SourceDeclCstChildren, param?: IN): OUT;
  formatClause(children: FormatClauseCstChildren, param?: IN): OUT;
  sheetClause(children: SheetClauseCstChildren, param?: IN): OUT;
  layoutClause(children: LayoutClauseCstChildren, param?: IN): OUT;
  layoutColumn(children: LayoutColumnCstChildren, param?: IN): OUT;
  variableDecl(children: VariableDeclCstChildren, param?: IN): OUT;
  aggregateClause(children: AggregateClauseCstChildren, param?: IN): OUT;
  regionDecl(children: RegionDeclCstChildren, param?: IN): OUT;
  clusterDecl(children: ClusterDeclCstChildren, param?: IN): OUT;
  unitsDecl(children: UnitsDeclCstChildren, param?: IN): OUT;
  methodDecl(children: MethodDeclCstChildren, param?: IN): OUT;
  normalizeClause(children: NormalizeClauseCstChildren, param?: IN): OUT;
  constantClause(children: ConstantClauseCstChildren, param?: IN): OUT;
  nodeDecl(children: NodeDeclCstChildren, param?: IN): OUT;
  givenClause(children: GivenClauseCstChildren, param?: IN): OUT;
  indicatorDecl(children: IndicatorDeclCstChildren, param?: IN): OUT;
  directionClause(children: DirectionClauseCstChildren, param?: IN): OUT;
  valueClause(children: ValueClauseCstChildren, param?: IN): OUT;
  fromClause(children: FromClauseCstChildren, param?: IN): OUT;
  expression(children: ExpressionCstChildren, param?: IN): OUT;
  term(children: TermCstChildren, param?: IN): OUT;
  unary(children: UnaryCstChildren, param?: IN): OUT;
  primary(children: PrimaryCstChildren, param?: IN): OUT;
  scaleDecl(children: ScaleDeclCstChildren, param?: IN): OUT;
  levelDecl(children: LevelDeclCstChildren, param?: IN): OUT;
  analysisDecl(children: AnalysisDeclCstChildren, param?: IN): OUT;
  withinClause(children: WithinClauseCstChildren, param?: IN): OUT;
  betweenClause(children: BetweenClauseCstChildren, param?: IN): OUT;
  betweenItem(children: BetweenItemCstChildren, param?: IN): OUT;
  betweenMode(children: BetweenModeCstChildren, param?: IN): OUT;
  combination(children: CombinationCstChildren, param?: IN): OUT;
  systemsClause(children: SystemsClauseCstChildren, param?: IN): OUT;
  onClause(children: OnClauseCstChildren, param?: IN): OUT;
  betaClause(children: BetaClauseCstChildren, param?: IN): OUT;
  scaleClause(children: ScaleClauseCstChildren, param?: IN): OUT;
  mapDecl(children: MapDeclCstChildren, param?: IN): OUT;
  spatialWeightsDecl(children: SpatialWeightsDeclCstChildren, param?: IN): OUT;
  autocorrelationDecl(children: AutocorrelationDeclCstChildren, param?: IN): OUT;
  settingsBlock(children: SettingsBlockCstChildren, param?: IN): OUT;
  settingClause(children: SettingClauseCstChildren, param?: IN): OUT;
  relativeDecl(children: RelativeDeclCstChildren, param?: IN): OUT;
  relativeLevel(children: RelativeLevelCstChildren, param?: IN): OUT;
  obstacleDecl(children: ObstacleDeclCstChildren, param?: IN): OUT;
  dynamicsDecl(children: DynamicsDeclCstChildren, param?: IN): OUT;
  subjectClause(children: SubjectClauseCstChildren, param?: IN): OUT;
  groupsClause(children: GroupsClauseCstChildren, param?: IN): OUT;
  giniClause(children: GiniClauseCstChildren, param?: IN): OUT;
  theilClause(children: TheilClauseCstChildren, param?: IN): OUT;
  densityClause(children: DensityClauseCstChildren, param?: IN): OUT;
  markovClause(children: MarkovClauseCstChildren, param?: IN): OUT;
  convergenceClause(children: ConvergenceClauseCstChildren, param?: IN): OUT;
  forecastClause(children: ForecastClauseCstChildren, param?: IN): OUT;
  variantDecl(children: VariantDeclCstChildren, param?: IN): OUT;
  variantNode(children: VariantNodeCstChildren, param?: IN): OUT;
  variantAnalysis(children: VariantAnalysisCstChildren, param?: IN): OUT;
  dropClause(children: DropClauseCstChildren, param?: IN): OUT;
  sensitivityDecl(children: SensitivityDeclCstChildren, param?: IN): OUT;
  choiceClause(children: ChoiceClauseCstChildren, param?: IN): OUT;
  watchClause(children: WatchClauseCstChildren, param?: IN): OUT;
  sampleClause(children: SampleClauseCstChildren, param?: IN): OUT;
  figureDecl(children: FigureDeclCstChildren, param?: IN): OUT;
  showClause(children: ShowClauseCstChildren, param?: IN): OUT;
  kindClause(children: KindClauseCstChildren, param?: IN): OUT;
  figureUnitsClause(children: FigureUnitsClauseCstChildren, param?: IN): OUT;
  yearsClause(children: YearsClauseCstChildren, param?: IN): OUT;
  figureMapClause(children: FigureMapClauseCstChildren, param?: IN): OUT;
  figureFromClause(children: FigureFromClauseCstChildren, param?: IN): OUT;
  captionClause(children: CaptionClauseCstChildren, param?: IN): OUT;
}
