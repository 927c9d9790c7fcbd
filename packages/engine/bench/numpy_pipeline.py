"""The benchmark's pipeline in NumPy, for a side-by-side time with `pnpm bench` (run by hand,
or by the bench when python3 has numpy; the bench itself needs only Node).

Same synthetic shape as synthetic.mjs (U units x Y years x K indicators in S systems, values
already in memory as float64): pooled min-max with shift 0.0001 (cost indicators reversed),
entropy weights per system, each system's index as the weighted sum, a second entropy stage
over the system indices for the root, then the standard coupling of the S systems within each
unit-year (C = (prod U / mean(U)^S)^(1/S), T = mean U, D = sqrt(C T)) and its ten-level grade.
Written the tuned way: one (N, K) matrix, whole-array operations, no Python loops over cells.
Prints one JSON line: {"cpuMs": …, "wallMs": …} for the pipeline (data generation excluded).

Usage: python3 numpy_pipeline.py UNITS YEARS INDICATORS SYSTEMS
"""
import json
import sys
import time

import numpy as np


def entropy_weights(y):
    """Entropy weights of the columns of y (N x k, y >= 0): w_j = d_j / sum d, d = 1 - e."""
    n = y.shape[0]
    p = y / y.sum(axis=0)
    with np.errstate(divide="ignore", invalid="ignore"):
        plogp = np.where(p > 0, p * np.log(p), 0.0)
    e = -plogp.sum(axis=0) / np.log(n)
    d = 1.0 - e
    return d / d.sum()


def pipeline(x, systems, cost, shift=0.0001):
    n, k = x.shape
    lo = x.min(axis=0)
    hi = x.max(axis=0)
    z = (x - lo) / (hi - lo)
    z[:, cost] = 1.0 - z[:, cost]
    z += shift
    per = k // systems
    sys_index = np.empty((n, systems))
    for s in range(systems):
        block = z[:, s * per:(s + 1) * per]
        sys_index[:, s] = block @ entropy_weights(block)
    root = sys_index @ entropy_weights(sys_index)
    mean = sys_index.mean(axis=1)
    c = (np.prod(sys_index, axis=1) / mean ** systems) ** (1.0 / systems)
    d = np.sqrt(c * mean)
    level = np.minimum(np.floor(d * 10), 9).astype(np.int8) + 1
    return root, d, level


def main():
    units, years, k, systems = (int(a) for a in sys.argv[1:5])
    rng = np.random.default_rng(42)
    level = np.exp(3 * rng.random((units, 1, k)))
    trend = 1 + 0.03 * np.arange(years).reshape(1, years, 1)
    x = (level * trend * (0.9 + 0.2 * rng.random((units, years, k)))).reshape(units * years, k)
    cost = np.array([j % 7 == 3 for j in range(k)])
    c0 = time.process_time()
    t0 = time.perf_counter()
    pipeline(x, systems, cost)
    print(json.dumps({
        "cpuMs": (time.process_time() - c0) * 1000,
        "wallMs": (time.perf_counter() - t0) * 1000,
    }))


if __name__ == "__main__":
    main()
