#!/usr/bin/env python3
"""Sobol first/total-order indices in plain numpy, as a Python researcher writes them.

The reference side of the sensitivity benchmark: the same design and the same
estimators as ailca's `sobol` (src/sensitivity/sobol.ts), vectorised with
numpy and `np.random.default_rng`, to be paired with the TypeScript/gpu.js
timing of the same two models.

Design (Saltelli 2002; Saltelli et al. 2010, Comput. Phys. Commun. 181:259):
independent N x d matrices A and B of U(0, 1) draws, and AB_i = A with
column i from B, for i = 0 .. d-1: N(d + 2) model evaluations.

Estimators, with V the variance of f(A) and f(B) pooled (2N values):
  S1_i = mean(f(B) * (f(AB_i) - f(A))) / V          (Saltelli et al. 2010)
  ST_i = mean((f(A) - f(AB_i))**2) / 2 / V           (Jansen 1999)
Outputs are centred on their mean first, as ailca does (the expectation is
unchanged; the cancellation for outputs with a large mean is removed).
Percentile-bootstrap intervals (--bootstrap R) resample the N base rows.

Models:
  ishigami  d = 3, X_i ~ U(-pi, pi): sin X1 + 7 sin^2 X2 + 0.1 X3^4 sin X1
            (analytic S1 = 0.3139, 0.4424, 0; ST = 0.5576, 0.4424, 0.2437)
  linear20  d = 20, X_i ~ U(0, 1): sum_i X_i / i + 2 X1 X2 + X3 X4
            (i = 1 .. 20; additive terms of falling weight and two interactions).
            Analytic: with X - 1/2 centred, 2 X1 X2 = X1 + X2 - 1/2 + 2(X1 - 1/2)(X2 - 1/2)
            and X3 X4 likewise, so the main-effect slopes are c = (2, 1.5, 5/6, 3/4, 1/5 .. 1/20),
            V_i = c_i^2 / 12, V12 = 4/144, V34 = 1/144, V = sum V_i + 5/144 = 0.674680;
            S1 = 0.4941, 0.2779, 0.0858, 0.0695; ST = 0.5352, 0.3191, 0.0961, 0.0798

Usage: python3 bench/sobol_analytic_numpy.py [--n 65536] [--bootstrap 0] [--repeat 3] [--seed 1] [--json]
Prints one line per model with the median wall-clock seconds of `--repeat`
runs: design + evaluation + estimators, and the bootstrap separately.
"""

import argparse
import json
import time

import numpy as np


def ishigami(x):
    return np.sin(x[:, 0]) + 7.0 * np.sin(x[:, 1]) ** 2 + 0.1 * x[:, 2] ** 4 * np.sin(x[:, 0])


WEIGHTS20 = 1.0 / np.arange(1, 21)


def linear20(x):
    return x @ WEIGHTS20 + 2.0 * x[:, 0] * x[:, 1] + x[:, 2] * x[:, 3]


MODELS = {
    "ishigami": (ishigami, 3, -np.pi, np.pi),
    "linear20": (linear20, 20, 0.0, 1.0),
}


def saltelli_outputs(f, d, lo, hi, n, rng):
    """Draw A and B, build each AB_i, evaluate: returns f(A), f(B), f(AB) (d x N)."""
    a = lo + (hi - lo) * rng.random((n, d))
    b = lo + (hi - lo) * rng.random((n, d))
    fa = f(a)
    fb = f(b)
    fab = np.empty((d, n))
    for i in range(d):
        ab = a.copy()
        ab[:, i] = b[:, i]
        fab[i] = f(ab)
    return fa, fb, fab


def estimate(fa, fb, fab):
    centre = np.mean(np.r_[fa, fb])
    fa, fb, fab = fa - centre, fb - centre, fab - centre
    v = np.var(np.r_[fa, fb])
    s1 = np.mean(fb * (fab - fa), axis=1) / v
    st = 0.5 * np.mean((fa - fab) ** 2, axis=1) / v
    return s1, st


def bootstrap(fa, fb, fab, resamples, rng, confidence=0.95):
    n = fa.shape[0]
    s1 = np.empty((resamples, fab.shape[0]))
    st = np.empty_like(s1)
    for r in range(resamples):
        idx = rng.integers(0, n, n)
        s1[r], st[r] = estimate(fa[idx], fb[idx], fab[:, idx])
    q = [(1 - confidence) / 2, (1 + confidence) / 2]
    return np.quantile(s1, q, axis=0), np.quantile(st, q, axis=0)


def run(name, n, resamples, seed):
    f, d, lo, hi = MODELS[name]
    rng = np.random.default_rng(seed)
    t0 = time.perf_counter()
    fa, fb, fab = saltelli_outputs(f, d, lo, hi, n, rng)
    s1, st = estimate(fa, fb, fab)
    t1 = time.perf_counter()
    if resamples > 0:
        bootstrap(fa, fb, fab, resamples, rng)
    t2 = time.perf_counter()
    return t1 - t0, t2 - t1, s1, st


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--n", type=int, default=65536, help="base sample count N (default 65536)")
    parser.add_argument("--bootstrap", type=int, default=0, help="bootstrap resamples (default 0: none)")
    parser.add_argument("--repeat", type=int, default=3, help="runs per model; the median is printed")
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--json", action="store_true", help="print one JSON object per model")
    args = parser.parse_args()
    for name, (_f, d, _lo, _hi) in MODELS.items():
        runs = [run(name, args.n, args.bootstrap, args.seed + k) for k in range(args.repeat)]
        estimate_s = float(np.median([r[0] for r in runs]))
        bootstrap_s = float(np.median([r[1] for r in runs]))
        s1, st = runs[0][2], runs[0][3]
        row = {
            "model": name,
            "inputs": d,
            "n": args.n,
            "evaluations": args.n * (d + 2),
            "estimate_s": round(estimate_s, 4),
            "bootstrap_resamples": args.bootstrap,
            "bootstrap_s": round(bootstrap_s, 4),
            "S1_first3": [round(float(v), 4) for v in s1[:3]],
            "ST_first3": [round(float(v), 4) for v in st[:3]],
            "numpy": np.__version__,
        }
        if args.json:
            print(json.dumps(row))
        else:
            print(
                f"{name:9s} d={d:2d} N={args.n} evals={row['evaluations']:>9d} "
                f"estimate {estimate_s:8.4f} s  bootstrap({args.bootstrap}) {bootstrap_s:8.4f} s  "
                f"S1[:3]={row['S1_first3']} ST[:3]={row['ST_first3']}"
            )


if __name__ == "__main__":
    main()
