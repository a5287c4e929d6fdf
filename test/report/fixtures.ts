/**
 * Fixed figure data for the report's golden SVG files: the seed 004 Xeon
 * server (Clemm et al. 2024, IV.C, Table I) in the base case, with
 * made-up Monte Carlo counts, percentiles, Sobol estimates and intervals
 * (for the pictures, not for the numbers).
 */
import { PHASES, type ReportFigureData } from '../../src/report/index.js';

// Table I rows (kgCO2e): area × factor
const CPU = 24.36; // 8.12 cm² × 3.0
const DRAM = 1105.92; // 614.4 cm² × 1.8
const OTHER = 10.8; // 6 cm² × 1.8
const PCB = 35.724; // 595.4 cm² × 0.06
const EMBODIED = CPU + DRAM + OTHER + PCB; // 1,176.804
const ENERGY = 4084.35; // 466.25 W × 8,760 h
const OPERATIONAL = ENERGY * 0.4; // 1,633.74 kgCO2e/year
const BASE = EMBODIED / 5 + OPERATIONAL; // 1,869.1008 kgCO2e/year
/** Annualised footprint with grid intensity g [kgCO2e/kWh], lifetime L [years] and utilisation u. */
const annual = (g = 0.4, L = 5, u = 0.75) => EMBODIED / L + ((u * 555 + (1 - u) * 200) * 8760 / 1000) * g;

export const figureFixture: ReportFigureData = {
  breakdown: {
    unit: 'kgCO2e/year',
    data: [
      { bar: 'model (not modelled)', segment: PHASES.embodied, value: 0 },
      { bar: 'model (not modelled)', segment: PHASES.operational, value: 0 },
      { bar: 'data (not modelled)', segment: PHASES.embodied, value: 0 },
      { bar: 'data (not modelled)', segment: PHASES.operational, value: 0 },
      { bar: 'server', segment: PHASES.embodied, value: EMBODIED / 5 },
      { bar: 'server', segment: PHASES.operational, value: OPERATIONAL },
      { bar: 'cloud', segment: PHASES.embodied, value: 0 },
      { bar: 'cloud', segment: PHASES.operational, value: 0 },
    ],
  },
  embodiedComponents: {
    unit: 'kgCO2e',
    data: [
      { label: 'CPU die (Sapphire Rapids 8468, Intel 7)', value: CPU },
      { label: 'DRAM (1,024 × 2 GB dies)', value: DRAM },
      { label: 'Other ICs (chipset …)', value: OTHER },
      { label: 'Mainboard PCB (Supermicro X13SEM-T)', value: PCB },
    ],
  },
  operationalComponents: {
    unit: 'kgCO2e/year',
    data: [
      { label: 'CPU (active)', value: 0.75 * 350 * 8.76 * 0.4 }, // 919.8
      { label: 'DRAM (active)', value: 0.75 * 205 * 8.76 * 0.4 }, // 538.74
      { label: 'idle', value: 0.25 * 200 * 8.76 * 0.4 }, // 175.2
      { label: 'data-centre overhead', value: 0 },
    ],
  },
  // made up: 1,000 samples in 20 bins of 200 kgCO2e/year from 1,000
  histogram: {
    unit: 'kgCO2e/year',
    label: 'footprint per year of operation',
    samples: 1000,
    data: {
      edges: Array.from({ length: 21 }, (_, i) => 1000 + 200 * i),
      counts: [3, 14, 41, 82, 118, 136, 131, 114, 94, 75, 58, 43, 31, 22, 15, 10, 6, 4, 2, 1],
      markers: [
        { label: 'p2.5', value: 1390 },
        { label: 'p50', value: 2310 },
        { label: 'mean', value: 2405, style: 'solid' },
        { label: 'p97.5', value: 3960 },
        { label: 'base case', value: BASE, style: 'solid' },
      ],
    },
  },
  tornado: {
    unit: 'kgCO2e/year',
    lowPercentile: 0.05,
    highPercentile: 0.95,
    data: {
      baseOutput: BASE,
      bars: [
        { input: 'cloud.gridIntensity', inputUnit: 'kgCO2e/kWh', low: 0.25, high: 0.6, outputAtLow: annual(0.25), outputAtHigh: annual(0.6) },
        { input: 'workload.utilization', low: 0.5225, high: 0.9275, outputAtLow: annual(0.4, 5, 0.5225), outputAtHigh: annual(0.4, 5, 0.9275) },
        { input: 'servers[0].lifetime', inputUnit: 'years', low: 3 + Math.sqrt(0.4), high: 7 - Math.sqrt(0.4), outputAtLow: annual(0.4, 3 + Math.sqrt(0.4)), outputAtHigh: annual(0.4, 7 - Math.sqrt(0.4)) },
      ],
    },
  },
  sobol: {
    n: 4096,
    intervalLabel: '95 % bootstrap interval',
    data: [
      { input: 'cloud.gridIntensity', s1: 0.74, st: 0.75, s1Interval: [0.7, 0.79], stInterval: [0.72, 0.78] },
      { input: 'cloud.pue', s1: 0.115, st: 0.13, s1Interval: [0.1, 0.13], stInterval: [0.12, 0.14] },
      { input: 'workload.utilization', s1: 0.107, st: 0.106, s1Interval: [0.093, 0.121], stInterval: [0.1, 0.113] },
      { input: 'servers[0].lifetime', s1: 0.005, st: 0.004, s1Interval: [0.002, 0.007], stInterval: [0.004, 0.004] },
    ],
  },
  scenarios: {
    unit: 'kgCO2e/year',
    data: [
      { label: 'base case', value: BASE, low: 1382, high: 3964, parts: [{ label: 'embodied', value: EMBODIED / 5 }, { label: 'operational', value: OPERATIONAL }] },
      { label: '3-year life', value: EMBODIED / 3 + OPERATIONAL, low: 1532, high: 4144, parts: [{ label: 'embodied', value: EMBODIED / 3 }, { label: 'operational', value: OPERATIONAL }] },
      { label: 'renewable supply', value: EMBODIED / 5 + ENERGY * 0.05, low: 359, high: 696, parts: [{ label: 'embodied', value: EMBODIED / 5 }, { label: 'operational', value: ENERGY * 0.05 }] },
    ],
  },
};
