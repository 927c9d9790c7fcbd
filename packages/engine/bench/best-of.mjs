// The benches' "best of n": on a shared machine the least CPU time of a few runs is the figure
// least disturbed by the neighbours.

/** The measurement with the least `cpuMs` of `n` calls of `f`. */
export const best = (n, f) => {
  let b;
  for (let i = 0; i < n; i++) {
    const m = f();
    if (!b || m.cpuMs < b.cpuMs) b = m;
  }
  return b;
};
