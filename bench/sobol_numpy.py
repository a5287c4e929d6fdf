"""Sobol first/total-order indices of the benchmark studies in plain numpy,
the way a Python researcher writes them (Saltelli design with default_rng,
inverse CDFs from scipy.special, the Saltelli 2010 / Jansen 1999 estimators
vectorised, a percentile bootstrap over the N base rows).

    python3 bench/sobol_numpy.py MODEL N [RESAMPLES] [SEED]

MODEL: xeon6  (examples/xeon-8468-uncertain.json: 6 uncertain inputs)
       xeon20 (bench/studies/xeon-20-inputs.json: 20 uncertain inputs)
Prints one JSON line: model, n, d, evaluations, seconds (design + model +
estimators + bootstrap), the indices, and peak memory (MiB).
"""
import json
import math
import resource
import sys
import time

import numpy as np
from scipy.special import ndtri

SIG = math.log(1.3)
MU = math.log(0.4) - SIG**2 / 2


def uni(a, b):
    return lambda u: a + u * (b - a)


def tri(a, m, b):
    fc = (m - a) / (b - a)
    return lambda u: np.where(u < fc, a + np.sqrt(u * (b - a) * (m - a)), b - np.sqrt((1 - u) * (b - a) * (b - m)))


def grid(u):
    return np.exp(MU + SIG * ndtri(u))


def xeon6(x):
    L, f_logic, f_small, u, ci, pue = x.T
    embodied = 8.12 * f_logic + (1024 * 0.6 + 6.0) * f_small + 595.4 * 0.06
    return embodied / L + (u * 555.0 + (1 - u) * 200.0) * 8.76 * pue * ci


XEON6 = (xeon6, [tri(3, 5, 7), uni(2.5, 3.5), uni(1.5, 2.1), uni(0.5, 0.95), grid, uni(1.1, 1.6)])


def xeon20(x):
    (L, a_cpu, f_logic, a_dram, f_dram, a_other, f_other, a_pcb, f_pcb, m_psu, f_psu, chassis,
     p_cpu, p_dram, p_idle, u, hours, ci, pue, share) = x.T
    embodied = a_cpu * f_logic + 1024 * a_dram * f_dram + a_other * f_other + a_pcb * f_pcb + m_psu * f_psu + chassis
    energy = (u * (p_cpu + p_dram) + (1 - u) * p_idle) * hours / 1000.0
    return embodied / L + energy * (1 + (pue - 1) * share) * ci


XEON20 = (xeon20, [tri(3, 5, 7), uni(7.3, 8.9), uni(2.5, 3.5), uni(0.54, 0.66), uni(1.5, 2.1), uni(4.8, 7.2), uni(1.5, 2.1),
                   uni(535.86, 654.94), uni(0.048, 0.072), uni(2, 4), uni(20, 30), uni(100, 200), uni(300, 400), uni(164, 246),
                   uni(160, 240), uni(0.5, 0.95), uni(7000, 8760), grid, uni(1.1, 1.6), uni(0.8, 1.0)])

model_name, n = sys.argv[1], int(float(sys.argv[2]))
resamples = int(sys.argv[3]) if len(sys.argv) > 3 else 1000
seed = int(sys.argv[4]) if len(sys.argv) > 4 else 1
f, ppfs = {"xeon6": XEON6, "xeon20": XEON20}[model_name]
d = len(ppfs)

t0 = time.perf_counter()
rng = np.random.default_rng(seed)
ua, ub = rng.random((n, d)), rng.random((n, d))
to_x = lambda u: np.column_stack([ppfs[j](u[:, j]) for j in range(d)])
A, B = to_x(ua), to_x(ub)
fA, fB = f(A), f(B)
fAB = np.empty((d, n))
for i in range(d):
    ABi = A.copy()
    ABi[:, i] = B[:, i]
    fAB[i] = f(ABi)
mean = np.concatenate([fA, fB]).mean()
fA, fB, fAB = fA - mean, fB - mean, fAB - mean


def indices(idx):
    a, b, ab = fA[idx], fB[idx], fAB[:, idx]
    v = np.var(np.concatenate([a, b]))
    s1 = np.mean(b * (ab - a), axis=1) / v
    st = 0.5 * np.mean((a - ab) ** 2, axis=1) / v
    return s1, st


S1, ST = indices(np.arange(n))
boot = [indices(rng.integers(0, n, n)) for _ in range(resamples)]
s1b = np.array([b[0] for b in boot])
stb = np.array([b[1] for b in boot])
S1ci = np.percentile(s1b, [2.5, 97.5], axis=0)
STci = np.percentile(stb, [2.5, 97.5], axis=0)
seconds = time.perf_counter() - t0
print(json.dumps({"model": model_name, "n": n, "d": d, "evaluations": n * (d + 2), "resamples": resamples, "seconds": seconds,
                  "S1": S1.tolist(), "ST": ST.tolist(), "S1ci": S1ci.T.tolist(), "STci": STci.T.tolist(),
                  "peakMiB": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024}))
