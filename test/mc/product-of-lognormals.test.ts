import { describe, expect, it } from 'vitest';
import { runMonteCarlo } from '../../src/mc/index.js';
import { defineStudy, OUTPUT } from '../../src/study/index.js';

// Analytic case "Product of lognormals" (reference: analytic cases for samplers):
// LN(ln 300, 0.2) × LN(ln 1000, 0.3) = LN(ln 300000, √(0.2² + 0.3²)) = LN(ln 300000, 0.3605551),
// mean 300000 · exp(0.13/2) = 320147.707.
// Here the same shape is the operational carbon of one job: energy LN(ln 1000 kWh, 0.3) at a grid
// intensity LN(ln 0.3 kg/kWh, 0.2), PUE 1, so the footprint is LN(ln 300 kg, 0.3605551): the reference
// values divided by 1000 (intensity in kg/kWh rather than g/kWh).
const SIGMA = Math.sqrt(0.2 ** 2 + 0.3 ** 2); // 0.36055512754639896
const MEDIAN = 300; // kgCO2e = 1000 kWh × 0.3 kg/kWh
const MEAN = MEDIAN * Math.exp((SIGMA * SIGMA) / 2); // 300 · e^0.065 = 320.147707…
const SD = MEAN * Math.sqrt(Math.expm1(SIGMA * SIGMA)); // mean · √(e^σ² − 1) = 119.87…
const Z975 = 1.959963984540054; // tabulated normal quantile

const study = defineStudy({
  name: 'product of lognormals',
  functionalUnit: 'training-run',
  cloud: { gridIntensity: { dist: 'lognormal', mu: Math.log(0.3), sigma: 0.2 }, pue: 1 },
  model: { jobs: [{ id: 'run', phase: 'training', energy: { dist: 'lognormal', mu: Math.log(1000), sigma: 0.3 } }] },
});

describe('runMonteCarlo on the product of two lognormals', () => {
  it('runMonteCarlo reproduces LN(ln 300, 0.3605551): mean 320.147707, median 300, 2.5/97.5 % points 300·e^(∓1.96σ)', async () => {
    expect(SIGMA).toBeCloseTo(0.3605551, 7);
    expect(MEAN * 1000).toBeCloseTo(320147.707, 3);
    const r = await runMonteCarlo(study, { samples: 200_000, seed: 20261206, backend: 'js', outputs: [OUTPUT.functionalUnit] });
    const s = r.outputs.find((o) => o.key === OUTPUT.functionalUnit)!.summary;
    // the sample mean within 5 standard errors (false-failure rate 5.7e-7)
    expect(Math.abs(s.mean - MEAN)).toBeLessThan(5 * s.standardError);
    expect(s.standardError).toBeCloseTo(SD / Math.sqrt(200_000), 1);
    // sd of a lognormal sample converges slowly (heavy right tail): 2 %
    expect(Math.abs(s.sd - SD) / SD).toBeLessThan(0.02);
    // quantiles: the standard error of the p-quantile is √(p(1 − p)/N)/f(x_p), below 0.5 % here
    expect(Math.abs(s.percentiles['p50'] - MEDIAN) / MEDIAN).toBeLessThan(0.01);
    expect(Math.abs(s.percentiles['p2.5'] - MEDIAN * Math.exp(-Z975 * SIGMA)) / (MEDIAN * Math.exp(-Z975 * SIGMA))).toBeLessThan(0.01);
    expect(Math.abs(s.percentiles['p97.5'] - MEDIAN * Math.exp(Z975 * SIGMA)) / (MEDIAN * Math.exp(Z975 * SIGMA))).toBeLessThan(0.01);
    expect(s.min).toBeGreaterThan(0); // every sample inside the support
  });
});
