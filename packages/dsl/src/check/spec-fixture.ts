/**
 * A small, valid spec for the checker's and lowering's tests: two clusters of three regions,
 * two systems of one indicator each, a four-level scale, a within and a between analysis.
 * `edit` makes a broken variant by text replacement and fails loudly if the text is not found.
 */
export const MINI = `study mini {
  title "Mini"
  period 2020 to 2022
}

source data "data.csv" {
  layout long { region "region" year "year" variable "variable" value "value" }
  variable gdp "gdp" unit "亿元" aggregate sum
  variable pop "pop" unit "万人" aggregate sum
  variable area "area" unit "万平方公里" aggregate sum
}

region a "A"
region b "B"
region c "C"
cluster north "North" { a, b }
cluster south "South" { c }
units clusters

index total "Total" {
  system econ "Economy" {
    indicator gdp_pc "GDP per capita" { direction benefit value gdp / pop }
  }
  system land "Land" {
    indicator density "Density" { direction cost value pop / area }
  }
}

scale s4 "Four levels" {
  level 1 [0.0, 0.25) "low"
  level 2 [0.25, 0.5) "fair"
  level 3 [0.5, 0.75) "good"
  level 4 [0.75, 1.0] "high"
}

analysis inner "Inner" {
  within each unit
  systems econ, land
}

analysis across "Across" {
  between pairs
  on total
}
`;

/** `text` with each `[from, to]` replacement applied once; throws if a `from` is missing. */
export function edit(text: string, ...edits: readonly (readonly [string, string])[]): string {
  let out = text;
  for (const [from, to] of edits) {
    if (!out.includes(from)) throw new Error(`edit: ${JSON.stringify(from)} not found`);
    out = out.replace(from, to);
  }
  return out;
}
