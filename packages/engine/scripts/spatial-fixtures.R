# Reference values from R spdep for ccdc's spatial kernels: Getis-Ord Gi* as Ord & Getis (1995)
# define it (spdep::localG on weights that include each region itself), and Moran's I with its
# moments (spdep::moran.test) as a second implementation beside PySAL's.
#
# Reads the cases (values and neighbour lists) that spatial-fixtures.py wrote, so both tools
# see the same matrices; writes packages/engine/src/spatial/fixtures/spdep.json. Needs R with
# spdep and jsonlite (Debian: r-cran-spdep r-cran-jsonlite). Run from the repository root:
#   Rscript packages/engine/scripts/spatial-fixtures.R
suppressPackageStartupMessages({
  library(spdep)
  library(jsonlite)
})
dir <- "packages/engine/src/spatial/fixtures"
cases <- fromJSON(file.path(dir, "pysal.json"), simplifyVector = FALSE)$cases
out <- lapply(cases, function(cs) {
  y <- unlist(cs$values)
  n <- length(y)
  nbs <- lapply(cs$links, function(l) as.integer(vapply(l, function(p) p[[1]], 0) + 1))
  wts <- lapply(cs$links, function(l) vapply(l, function(p) p[[2]], 0))
  class(nbs) <- "nb"
  attr(nbs, "region.id") <- as.character(seq_len(n))
  # Gi*: each region counts itself with the largest weight of its row (1 for binary links).
  nbs_self <- include.self(nbs)
  wts_self <- lapply(seq_len(n), function(i) {
    own <- max(wts[[i]])
    full <- c(wts[[i]], own)
    ids <- c(nbs[[i]], i)
    full[order(ids)]
  })
  res <- list(name = cs$name)
  for (style in c("W", "B")) {
    lw <- nb2listw(nbs, glist = wts, style = style, zero.policy = TRUE)
    lws <- nb2listw(nbs_self, glist = wts_self, style = style, zero.policy = TRUE)
    mr <- moran.test(y, lw, randomisation = TRUE, alternative = "two.sided", zero.policy = TRUE)
    mn <- moran.test(y, lw, randomisation = FALSE, alternative = "two.sided", zero.policy = TRUE)
    key <- if (style == "W") "row" else "binary"
    res[[key]] <- list(
      moran_I = unname(mr$estimate[1]),
      moran_EI = unname(mr$estimate[2]),
      moran_VI_rand = unname(mr$estimate[3]),
      moran_VI_norm = unname(mn$estimate[3]),
      gi_star_ord_getis = as.numeric(localG(y, lws, zero.policy = TRUE)),
      lisa_mlvar_false = as.numeric(localmoran(y, lw, mlvar = FALSE, zero.policy = TRUE)[, 1])
    )
  }
  res
})
write(toJSON(list(generator = "packages/engine/scripts/spatial-fixtures.R",
                  spdep = as.character(packageVersion("spdep")), cases = out),
             digits = NA, auto_unbox = TRUE, pretty = TRUE),
      file.path(dir, "spdep.json"))
cat("wrote", file.path(dir, "spdep.json"), "\n")
