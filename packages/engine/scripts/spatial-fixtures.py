"""Reference values for ccdc's spatial kernels, from PySAL (libpysal + esda).

Run once by a developer; CI only reads the JSON it writes (packages/engine/src/spatial/fixtures/
pysal.json). Needs numpy, scipy, libpysal and esda, e.g. `pip install libpysal esda`, or Debian's
python3-libpysal plus a checkout of esda (v2.5.1 was used, with libpysal 4.7.0):

    ESDA_SRC=/path/to/esda-checkout python3 packages/engine/scripts/spatial-fixtures.py

Every geometry is synthetic (unit squares, invented points): no real boundary is used.
"""

import itertools
import json
import math
import os
from fractions import Fraction
import sys
import types
import warnings

import numpy as np

warnings.filterwarnings("ignore")

if os.environ.get("ESDA_SRC"):
    # Import esda's modules without its package __init__ (which pulls in scikit-learn).
    pkg = types.ModuleType("esda")
    pkg.__path__ = [os.path.join(os.environ["ESDA_SRC"], "esda")]
    sys.modules["esda"] = pkg
import esda.getisord  # noqa: E402
import esda.moran  # noqa: E402
import libpysal  # noqa: E402
from libpysal.cg import Polygon  # noqa: E402
from libpysal.weights import KNN, DistanceBand, Queen, Rook, full2W  # noqa: E402

RADIUS_KM = 6371.0
OUT = os.path.join(os.path.dirname(__file__), "..", "src", "spatial", "fixtures", "pysal.json")


def squares(cells):
    """Unit squares: cell (row, col) spans [100 + col, 101 + col] x [39 - row, 40 - row]."""
    polys = []
    for r, c in cells:
        x, y = 100 + c, 40 - r
        polys.append(Polygon([(x, y - 1), (x + 1, y - 1), (x + 1, y), (x, y), (x, y - 1)]))
    return polys


def grid(rows, cols):
    return [(r, c) for r in range(rows) for c in range(cols)]


def num(v):
    """A float for JSON; NaN and infinities (esda's result for a zero variance) as null."""
    v = float(v)
    return v if np.isfinite(v) else None


def links(w):
    """Neighbour lists with weights, by position (w's ids are 0..n-1 in order)."""
    out = []
    for i in range(w.n):
        nb = w.neighbors[i]
        wt = w.weights[i]
        pairs = sorted(zip(nb, wt))
        out.append([[int(j), float(v)] for j, v in pairs])
    return out


def lisa_p_limit(y, w_raw):
    """The limit of esda's directed LISA pseudo p-value as permutations grow, by enumerating
    every neighbour set in exact rational arithmetic (rows of equal weights only, where I_i
    depends on the set, not on which neighbour gets which value). Ties count as larger, as
    `sim >= observed` does in exact arithmetic."""
    ys = [Fraction(str(v)) for v in y]
    n = len(ys)
    mean = sum(ys) / n
    z = [v - mean for v in ys]
    out = []
    for i in range(n):
        nb = list(w_raw.neighbors[i])
        others = [z[j] for j in range(n) if j != i]
        obs = z[i] * sum(z[j] for j in nb)
        total = larger = 0
        for comb in itertools.combinations(range(n - 1), len(nb)):
            total += 1
            larger += z[i] * sum(others[t] for t in comb) >= obs
        out.append(float(Fraction(min(larger, total - larger), total)))
    return out


def stats(y, w_raw, transform, perms=0, seed=None, exact_lisa=False):
    """Moran, local Moran and Gi* (PySAL variant) for one transform ('R' or 'B')."""
    y = np.asarray(y, dtype=float)
    w = libpysal.weights.W(w_raw.neighbors, w_raw.weights, id_order=w_raw.id_order, silence_warnings=True)
    w.transform = transform
    m = esda.moran.Moran(y, w, transformation=transform, permutations=0, two_tailed=True)
    w2 = libpysal.weights.W(w_raw.neighbors, w_raw.weights, id_order=w_raw.id_order, silence_warnings=True)
    lm = esda.moran.Moran_Local(y, w2, transformation=transform, permutations=0)
    w3 = libpysal.weights.W(w_raw.neighbors, w_raw.weights, id_order=w_raw.id_order, silence_warnings=True)
    g = esda.getisord.G_Local(y, w3, transform=transform, star=True, permutations=0)
    out = {
        "transform": "row" if transform == "R" else "binary",
        "moran": {
            "I": num(m.I),
            "EI": num(m.EI),
            "VI_norm": num(m.VI_norm),
            "VI_rand": num(m.VI_rand),
            "z_norm": num(m.z_norm),
            "z_rand": num(m.z_rand),
            "p_norm": num(m.p_norm),
            "p_rand": num(m.p_rand),
        },
        "lisa": {"Is": [num(v) for v in lm.Is], "q": [int(v) for v in lm.q]},
        "gi_star_pysal": [num(v) for v in g.Zs],
    }
    if perms:
        np.random.seed(seed)
        wp = libpysal.weights.W(w_raw.neighbors, w_raw.weights, id_order=w_raw.id_order, silence_warnings=True)
        mp = esda.moran.Moran(y, wp, transformation=transform, permutations=perms)
        wl = libpysal.weights.W(w_raw.neighbors, w_raw.weights, id_order=w_raw.id_order, silence_warnings=True)
        lmp = esda.moran.Moran_Local(y, wl, transformation=transform, permutations=perms, seed=seed)
        out["permutations"] = {
            "count": perms,
            "moran_p_sim": float(mp.p_sim),
            "lisa_p_sim": [num(v) for v in lmp.p_sim],
        }
        if exact_lisa:
            out["permutations"]["lisa_p_limit"] = lisa_p_limit(y, w_raw)
    return out


def case(name, y, w_raw, perms=0, seed=None, exact_lisa=False, **extra):
    return {
        "name": name,
        "values": [num(v) for v in y],
        "links": links(w_raw),
        "stats": [stats(y, w_raw, t, perms, seed, exact_lisa) for t in ("R", "B")],
        **extra,
    }


cases = []

# A 4-region line of squares: rook = queen = the path 0-1-2-3.
line = squares(grid(1, 4))
cases.append(case("line4_rook", [1.0, 3.0, 2.0, 6.0], Rook.from_iterable(line)))
cases.append(case("line4_queen", [1.0, 3.0, 2.0, 6.0], Queen.from_iterable(line)))

# A 2 x 2 grid: rook links the sides, queen also the diagonals.
g22 = squares(grid(2, 2))
cases.append(case("grid2x2_rook", [1.0, 2.0, 4.0, 3.0], Rook.from_iterable(g22)))
cases.append(case("grid2x2_queen", [1.0, 2.0, 4.0, 3.0], Queen.from_iterable(g22)))

# A 5 x 5 lattice with invented values (rows of a clustered pattern plus noise). The jitter
# (irrational, 0.001 sqrt(k + 2)) keeps sums of different neighbour sets from being exactly
# equal, so conditional-permutation p-values do not hinge on how ties round.
lattice_y = [
    v + 0.001 * math.sqrt(k + 2)
    for k, v in enumerate([
        0.91, 0.85, 0.62, 0.40, 0.33,
        0.88, 0.79, 0.55, 0.37, 0.21,
        0.70, 0.66, 0.48, 0.30, 0.18,
        0.52, 0.45, 0.41, 0.22, 0.15,
        0.47, 0.35, 0.26, 0.19, 0.05,
    ])
]
g55 = squares(grid(5, 5))
cases.append(case("lattice5_rook", lattice_y, Rook.from_iterable(g55)))
cases.append(case("lattice5_queen", lattice_y, Queen.from_iterable(g55), perms=99999, seed=12345))

# Points (longitude, latitude) loosely like eight provincial capitals, invented values.
points = [
    (116.4, 39.9), (117.2, 39.1), (114.5, 38.0), (113.6, 34.8),
    (117.0, 36.7), (121.5, 31.2), (118.8, 32.1), (120.2, 30.3),
]
pts_y = [0.82, 0.61, 0.35, 0.30, 0.44, 0.95, 0.71, 0.77]
arr = np.array(points)
cases.append(case("points_knn3", pts_y, KNN(arr, k=3, distance_metric="arc", radius=RADIUS_KM),
                  perms=99999, seed=2024, exact_lisa=True, coordinates=points, knn=3))
cases.append(case("points_band800", pts_y,
                  DistanceBand(arr, threshold=800, binary=True, distance_metric="arc", radius=RADIUS_KM, silence_warnings=True),
                  coordinates=points, band_km=800))
cases.append(case("points_idw1_band1000", pts_y,
                  DistanceBand(arr, threshold=1000, binary=False, alpha=-1.0, distance_metric="arc", radius=RADIUS_KM, silence_warnings=True),
                  coordinates=points, power=1, band_km=1000))
cases.append(case("points_idw2_all", pts_y,
                  DistanceBand(arr, threshold=20000, binary=False, alpha=-2.0, distance_metric="arc", radius=RADIUS_KM, silence_warnings=True),
                  coordinates=points, power=2))

# Economic distance 1/|mean_i - mean_j| (no PySAL constructor: built from the full matrix).
means = np.array([3.1, 5.4, 2.2, 8.9, 4.0, 6.5])
full = np.zeros((6, 6))
for i in range(6):
    for j in range(6):
        if i != j:
            full[i, j] = 1.0 / abs(means[i] - means[j])
cases.append(case("economic6", [0.4, 0.7, 0.2, 0.9, 0.5, 0.6], full2W(full), means=means.tolist()))

os.makedirs(os.path.dirname(OUT), exist_ok=True)
with open(OUT, "w") as f:
    json.dump(
        {
            "generator": "packages/engine/scripts/spatial-fixtures.py",
            "libpysal": libpysal.__version__,
            "esda": os.environ.get("ESDA_VERSION", "see ESDA_SRC"),
            "earth_radius_km": RADIUS_KM,
            "cases": cases,
        },
        f,
        indent=1,
        allow_nan=False,
    )
print("wrote", OUT)
