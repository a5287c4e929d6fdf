"""The uncertain Xeon 8468 study written the way a Python LCA researcher would:
one vectorised numpy pass with default_rng, then mean, std and percentiles.

    python3 bench/mc_numpy.py N [SEED]

Prints one JSON line: samples, seconds (end to end: sampling, model,
statistics), mean, sd, p5/p50/p95 and peak memory (ru_maxrss, MiB).
Model (Clemm et al. 2024, IV.C, with the benchmark's distributions; the same
as examples/xeon-8468-uncertain.json):
  lifetime ~ Tri(3, 5, 7) years; u ~ U(0.5, 0.95);
  CI ~ lognormal, arithmetic mean 0.4 kgCO2e/kWh, GSD 1.3;
  logic factor ~ U(2.5, 3.5); DRAM/other-IC factor ~ U(1.5, 2.1) kgCO2e/cm2;
  PUE ~ U(1.1, 1.6)
  annualised = embodied / lifetime + (u*555 + (1-u)*200) * 8.76 kWh/W/yr * PUE * CI
"""
import json
import math
import resource
import sys
import time

import numpy as np

n = int(float(sys.argv[1]))
seed = int(sys.argv[2]) if len(sys.argv) > 2 else 1
t0 = time.perf_counter()
rng = np.random.default_rng(seed)
lifetime = rng.triangular(3.0, 5.0, 7.0, n)
u = rng.uniform(0.5, 0.95, n)
sigma = math.log(1.3)
ci = rng.lognormal(math.log(0.4) - sigma**2 / 2, sigma, n)
f_logic = rng.uniform(2.5, 3.5, n)
f_dram = rng.uniform(1.5, 2.1, n)
pue = rng.uniform(1.1, 1.6, n)
embodied = 8.12 * f_logic + (1024 * 0.6 + 6.0) * f_dram + 595.4 * 0.06
energy = (u * 555.0 + (1.0 - u) * 200.0) * 8760.0 / 1000.0
annual = embodied / lifetime + energy * pue * ci
mean = float(annual.mean())
sd = float(annual.std(ddof=1))
p5, p50, p95 = (float(x) for x in np.percentile(annual, [5, 50, 95]))
seconds = time.perf_counter() - t0
peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
print(json.dumps({"samples": n, "seconds": seconds, "mean": mean, "sd": sd, "p5": p5, "p50": p50, "p95": p95, "peakMiB": peak}))
