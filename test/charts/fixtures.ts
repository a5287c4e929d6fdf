/**
 * Chart data used by the golden tests, the docs images and
 * scripts/render-charts.ts. The server numbers are the worked example of
 * Clemm, Wimalawarne, Stobbe, Druschke, "Towards Green AI: Current Status and
 * Future Research" (2024), section IV.C, Table I: Intel Xeon Platinum 8468
 * server on a Supermicro X13SEM-T board. The histogram, interval ends, Sobol
 * confidence widths and Morris results are made up for the pictures.
 */
import {
  contributionChart,
  histogramChart,
  morrisChart,
  scenarioChart,
  sobolChart,
  stackedBarChart,
  tornadoChart,
  type HistogramData,
  type ScenarioDatum,
} from '../../src/charts/index.js';

// Table I, embodied carbon per part (kgCO2e) = area (cm²) × factor (kgCO2e/cm²)
export const CPU_DIE = 24.36; // 8.12 cm² × 3.0 (Intel 7 logic)
export const DRAM = 1105.92; // 1,024 dies × 0.6 cm² = 614.4 cm² × 1.8
export const OTHER_ICS = 10.8; // 6.0 cm² × 1.8
export const PCB = 35.724; // 595.4 cm² × 0.06 (16 layers)
export const EMBODIED = CPU_DIE + DRAM + OTHER_ICS + PCB; // 1,176.804 kgCO2e
// Use: (0.75 × 555 W + 0.25 × 200 W) = 466.25 W × 8,760 h = 4,084.35 kWh/year
export const ENERGY_KWH_PER_YEAR = 4084.35;
export const GRID_DE_2022 = 0.4; // kgCO2e/kWh, Germany 2022 (seed 004)
export const OPERATIONAL = ENERGY_KWH_PER_YEAR * GRID_DE_2022; // 1,633.74 kgCO2e/year
export const LIFETIME_YEARS = 5;
/** Annualised footprint (kgCO2e/year) for a grid intensity, lifetime, utilisation and DRAM factor. */
export function annualFootprint(grid = GRID_DE_2022, years = LIFETIME_YEARS, utilization = 0.75, dramFactor = 1.8): number {
  const embodied = CPU_DIE + 614.4 * dramFactor + OTHER_ICS + PCB;
  const powerW = utilization * 555 + (1 - utilization) * 200;
  return embodied / years + ((powerW * 8760) / 1000) * grid;
}

export const contributionData = [
  { label: 'CPU die (Intel 7)', value: CPU_DIE },
  { label: 'DRAM (1,024 dies)', value: DRAM },
  { label: 'other ICs', value: OTHER_ICS },
  { label: 'mainboard PCB (16 layers)', value: PCB },
];

// bars = phases, stacks = parts; manufacturing spread over the 5-year life
export const stackedData = [
  { bar: 'manufacturing (÷ 5 years)', segment: 'CPU die', value: CPU_DIE / LIFETIME_YEARS },
  { bar: 'manufacturing (÷ 5 years)', segment: 'DRAM', value: DRAM / LIFETIME_YEARS },
  { bar: 'manufacturing (÷ 5 years)', segment: 'other ICs', value: OTHER_ICS / LIFETIME_YEARS },
  { bar: 'manufacturing (÷ 5 years)', segment: 'PCB', value: PCB / LIFETIME_YEARS },
  { bar: 'use', segment: 'electricity (0.4 kgCO2e/kWh)', value: OPERATIONAL },
];

// made up: 1,000 samples in 20 bins of 50 kgCO2e/year from 1,400 to 2,400
export const histogramCounts = [2, 5, 11, 22, 38, 58, 80, 101, 114, 118, 112, 98, 79, 59, 42, 28, 17, 9, 5, 2];
export const histogramData: HistogramData = {
  edges: Array.from({ length: 21 }, (_, i) => 1400 + 50 * i),
  counts: histogramCounts,
  markers: [
    { label: 'p5', value: 1613.2 }, // 1600 + 50 × (50 − 40) / 38
    { label: 'p50', value: 1879.2 }, // 1850 + 50 × (500 − 431) / 118
    { label: 'mean', value: 1884.7, style: 'solid' },
    { label: 'p95', value: 2169.6 }, // 2150 + 50 × (950 − 939) / 28
  ],
};

// one input at a time around the base (0.4 kgCO2e/kWh, 5 years, u = 0.75, DRAM 1.8 kgCO2e/cm²)
export const tornadoData = {
  baseOutput: annualFootprint(), // 1,869.1008
  bars: [
    { input: 'lifetime', inputUnit: 'years', low: 3, high: 7, outputAtLow: annualFootprint(0.4, 3), outputAtHigh: annualFootprint(0.4, 7) },
    { input: 'grid intensity', inputUnit: 'kgCO2e/kWh', low: 0.3, high: 0.5, outputAtLow: annualFootprint(0.3), outputAtHigh: annualFootprint(0.5) },
    { input: 'DRAM emission factor', inputUnit: 'kgCO2e/cm²', low: 1.2, high: 2.4, outputAtLow: annualFootprint(0.4, 5, 0.75, 1.2), outputAtHigh: annualFootprint(0.4, 5, 0.75, 2.4) },
    { input: 'utilisation', low: 0.5, high: 0.9, outputAtLow: annualFootprint(0.4, 5, 0.5), outputAtHigh: annualFootprint(0.4, 5, 0.9) },
  ],
};

// Ishigami function (a = 7, b = 0.1), analytic indices (Ishigami & Homma 1990; Saltelli et al. 2008);
// the confidence intervals around them are made up
export const sobolData = [
  { input: 'x1', s1: 0.313905, st: 0.557589, s1Interval: [0.27, 0.36] as const, stInterval: [0.5, 0.61] as const },
  { input: 'x2', s1: 0.442411, st: 0.442411, s1Interval: [0.41, 0.47] as const, stInterval: [0.4, 0.48] as const },
  { input: 'x3', s1: 0, st: 0.243684, s1Interval: [-0.02, 0.02] as const, stInterval: [0.21, 0.27] as const },
];

const emb5 = EMBODIED / 5; // 235.3608 kgCO2e/year
const emb3 = EMBODIED / 3; // 392.268 kgCO2e/year
const opRenewable = ENERGY_KWH_PER_YEAR * 0.05; // 204.2175 kgCO2e/year
export const scenarioData: ScenarioDatum[] = [
  { label: 'Germany 2022, 5 years', value: emb5 + OPERATIONAL, low: 1613.2, high: 2169.6, parts: [{ label: 'embodied', value: emb5 }, { label: 'operational', value: OPERATIONAL }] },
  { label: 'Germany 2022, 3 years', value: emb3 + OPERATIONAL, low: 1760, high: 2330, parts: [{ label: 'embodied', value: emb3 }, { label: 'operational', value: OPERATIONAL }] },
  { label: 'renewable (0.05 kgCO2e/kWh), 5 years', value: emb5 + opRenewable, low: 380, high: 510, parts: [{ label: 'embodied', value: emb5 }, { label: 'operational', value: opRenewable }] },
];

// made up
export const morrisData = [
  { input: 'grid intensity', muStar: 817, sigma: 12 },
  { input: 'utilisation', muStar: 498, sigma: 15 },
  { input: 'lifetime', muStar: 224, sigma: 61 },
  { input: 'DRAM emission factor', muStar: 147, sigma: 9 },
  { input: 'PUE', muStar: 90, sigma: 20 },
  { input: 'CPU die area', muStar: 3, sigma: 0.5 },
];

/** The charts stored as golden files (test/charts/golden/NAME.svg) and docs images (docs/images/chart-NAME.svg). */
export const goldenCharts: Record<string, () => string> = {
  'stacked-bar': () => stackedBarChart(stackedData, { unit: 'kgCO2e/year', title: 'Xeon server: annual footprint by phase' }),
  contribution: () => contributionChart(contributionData, { unit: 'kgCO2e', valueLabel: 'Embodied carbon', significantDigits: 6, title: 'Xeon server: embodied carbon by part' }),
  histogram: () => histogramChart(histogramData, { unit: 'kgCO2e/year', title: 'Monte Carlo: annual footprint (1,000 samples)' }),
  tornado: () => tornadoChart(tornadoData, { unit: 'kgCO2e/year', title: 'One at a time: annual footprint' }),
  sobol: () => sobolChart(sobolData, { title: 'Sobol indices: Ishigami function', intervalLabel: '95 % bootstrap interval' }),
  scenario: () => scenarioChart(scenarioData, { unit: 'kgCO2e/year', pointLabel: 'deterministic', intervalLabel: 'p5–p95', title: 'Scenarios: annual footprint' }),
  morris: () => morrisChart(morrisData, { unit: 'kgCO2e/year', title: 'Morris screening: annual footprint' }),
};
