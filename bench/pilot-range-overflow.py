"""Expected share of samples outside the histogram range chosen from a pilot.

Simulates the rule of src/stats/choose-pilot-range.ts, [q(1e-4) - w, q(1 - 1e-4) + w]
with w = q(1 - 1e-4) - q(1e-4) (type-7 quantiles of a pilot of 65,536 samples),
against the plain [min - s, max + s], s = max - min, for several output shapes.
For each pilot the share outside is exact (the distribution's cdf at lo plus its
survival at hi); the table gives its mean and maximum over 200 pilots, and the
bin width of 65,536 bins relative to the interquartile range.

    python3 bench/pilot-range-overflow.py      (numpy + scipy; about a minute)

Quoted in docs/statistics.md.
"""
import numpy as np
from scipy import stats as st

PILOT = 65536
BINS = 65536
PILOTS = 200
TAIL = 1e-4

rng = np.random.default_rng(20261123)
shapes = {
    "normal": st.norm(),
    "uniform": st.uniform(),
    "lognormal sigma=0.26 (GSD 1.3)": st.lognorm(0.26),
    "lognormal sigma=0.5": st.lognorm(0.5),
    "lognormal sigma=1": st.lognorm(1),
    "lognormal sigma=2": st.lognorm(2),
    "Pareto alpha=2": st.pareto(2),
    "Pareto alpha=1.2": st.pareto(1.2),
}


def min_max_rule(x):
    lo, hi = x.min(), x.max()
    s = hi - lo
    return lo - s, hi + s


def quantile_rule(x):
    q_lo, q_hi = np.quantile(x, [TAIL, 1 - TAIL])  # numpy's default is type 7
    w = q_hi - q_lo
    return (q_lo - w, q_hi + w) if w > 0 else min_max_rule(x)


print("| output shape | rule | share outside, mean | share outside, max | bin width / IQR, median | max |")
print("| --- | --- | --- | --- | --- | --- |")
for name, d in shapes.items():
    iqr = d.ppf(0.75) - d.ppf(0.25)
    for rule_name, rule in (("quantiles ± w (used)", quantile_rule), ("[min − s, max + s]", min_max_rule)):
        outside, widths = [], []
        for _ in range(PILOTS):
            lo, hi = rule(d.rvs(PILOT, random_state=rng))
            outside.append(d.cdf(lo) + d.sf(hi))
            widths.append((hi - lo) / BINS / iqr)
        print(f"| {name} | {rule_name} | {np.mean(outside):.1e} | {np.max(outside):.1e} | "
              f"{np.median(widths):.1e} | {np.max(widths):.1e} |")
