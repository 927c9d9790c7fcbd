# Reference values for ccdc's spatial Markov chains (Rey 2001), computed independently of its
# TypeScript: the spatial lag by spdep (lag.listw over nb2listw(style = "W"), i.e. the
# row-standardised mean of the neighbours' values), quantile cut points by R's quantile()
# (type 7), each value's class as the number of cut points strictly below it (mapclassify's
# rule, which ccdc documents), the lag classed with the same cut points as the values, the
# transitions counted with table() by the lag's class at the start of each transition, and the
# steady state of a conditional matrix by eigen() where every state has an observed row and
# eigenvalue 1 is simple (otherwise null: ccdc's declared rules decide those cases, tested by
# hand). Synthetic data, generated here with a fixed seed.
#
# Writes packages/engine/src/spatial/fixtures/spatial-markov.json. Needs R with spdep and
# jsonlite (Debian: r-cran-spdep r-cran-jsonlite). Run from the repository root:
#   Rscript packages/engine/scripts/spatial-markov-fixture.R
suppressPackageStartupMessages({
  library(spdep)
  library(jsonlite)
})
set.seed(20261201)
nrow <- 5; ncol <- 4; n <- nrow * ncol; years <- 9; k <- 4
nb <- cell2nb(nrow, ncol, type = "rook")
lw <- nb2listw(nb, style = "W")
# A smooth level across the grid plus a common trend and noise, so that lags carry signal.
xy <- expand.grid(r = seq_len(nrow), c = seq_len(ncol))
level <- 0.2 + 0.06 * xy$r + 0.03 * xy$c + runif(n, 0, 0.1)
values <- round(outer(level, 0.025 * (0:(years - 1)), "+") +
  matrix(rnorm(n * years, 0, 0.03), n, years), 4)

classes <- function(x, cuts) vapply(x, function(v) sum(v > cuts), 0L)
steady <- function(P) {
  if (any(rowSums(P) == 0)) return(NULL)
  e <- eigen(t(P))
  ones <- which(abs(e$values - 1) < 1e-9)
  if (length(ones) != 1) return(NULL)
  v <- Re(e$vectors[, ones])
  as.numeric(v / sum(v))
}
run <- function(scope, step) {
  state <- matrix(0L, n, years); lagc <- matrix(0L, n, years)
  pooled <- quantile(values, (1:(k - 1)) / k, type = 7, names = FALSE)
  for (t in seq_len(years)) {
    cuts <- if (scope == "pooled") pooled else quantile(values[, t], (1:(k - 1)) / k, type = 7, names = FALSE)
    state[, t] <- classes(values[, t], cuts)
    lagc[, t] <- classes(lag.listw(lw, values[, t]), cuts)
  }
  chains <- lapply(0:(k - 1), function(c) {
    from <- c(); to <- c()
    for (t in seq_len(years - step)) {
      sel <- lagc[, t] == c
      from <- c(from, state[sel, t]); to <- c(to, state[sel, t + step])
    }
    counts <- unclass(table(factor(from, levels = 0:(k - 1)), factor(to, levels = 0:(k - 1))))
    rs <- rowSums(counts)
    P <- counts / ifelse(rs == 0, 1, rs)
    list(counts = as.vector(t(counts)), matrix = as.vector(t(P)), steady = steady(P))
  })
  list(scope = scope, step = step, states = as.vector(t(state)), lagClasses = as.vector(t(lagc)),
       chains = chains)
}
pairs <- do.call(rbind, lapply(seq_len(n), function(i) cbind(i - 1, nb[[i]] - 1)))
pairs <- pairs[pairs[, 1] < pairs[, 2], , drop = FALSE]
out <- list(
  units = n, years = years, k = k,
  pairs = unname(split(as.integer(pairs), seq_len(nrow(pairs)))),
  values = as.vector(t(values)),
  cases = list(run("pooled", 1), run("per_year", 1), run("per_year", 2))
)
writeLines(toJSON(out, auto_unbox = TRUE, digits = NA, null = "null", pretty = TRUE),
  "packages/engine/src/spatial/fixtures/spatial-markov.json")
