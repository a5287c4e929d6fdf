import type { ComponentResult } from '../assess/index.js';
import { OUTPUT } from '../study/index.js';
import { formatCount, formatDeterministic, formatIndex, formatChange, formatShare, formatStatistics } from './display-rules.js';
import { formatSignificant } from './format-significant.js';
import type { ImpactAssessment } from './impact-assessment.js';
import type { ReportScenario } from './run-scenarios.js';
import type { ReportSensitivity } from './run-sensitivity.js';

/** A sentence of the interpretation with the numbers it states. */
export interface ReportFinding {
  /** The subsection it belongs to. */
  readonly topic: 'dominant contributors' | 'use phase' | 'uncertainty' | 'sensitivity' | 'scenarios';
  /** The finding, numbers rounded as the rounding note says. */
  readonly text: string;
}

/** ISO 14044 §4.5: interpretation. */
export interface Interpretation {
  /** Findings in words. */
  readonly findings: readonly ReportFinding[];
  /** The sensitivity analyses. */
  readonly sensitivity: ReportSensitivity;
  /** The base case first, then each scenario. */
  readonly scenarios: readonly ReportScenario[];
}

/**
 * Sobol rows at or below this total index ST (a share of variance, unitless) are summarised as
 * "the rest". The report's own reading threshold, not a published cut-off.
 */
const MINOR_ST = 0.05;
/**
 * First-order indices summing above this (unitless) are read as "nearly additive": an additive
 * model has ΣS1 = 1, and 1 − ΣS1 is the share of variance due to interactions (Saltelli et al.,
 * Global Sensitivity Analysis: The Primer, 2008, ch. 4). The cut-off itself is the report's choice.
 */
const NEARLY_ADDITIVE_S1_SUM = 0.9;
/**
 * A Monte Carlo mean more than this relative distance (10 %) from the base case is pointed out as
 * "not centred on the base values". The report's reading threshold, not a published cut-off.
 */
const NOTABLE_MEAN_SHIFT = 0.1;

function largest(components: readonly ComponentResult[], total: number, unit: string, what: string): string | undefined {
  const sorted = [...components].sort((a, b) => b.kgCO2e - a.kgCO2e);
  const top = sorted[0];
  if (top === undefined || !(total > 0)) return undefined;
  const next = sorted[1];
  const then = next && next.kgCO2e > 0 ? `, then ${next.name} (${formatShare(next.kgCO2e / total)})` : '';
  return `Of the ${what} (${formatDeterministic(total)} ${unit}), ${top.name} contributes ${formatShare(top.kgCO2e / total)} (${formatDeterministic(top.kgCO2e)} ${unit})${then}.`;
}

function dominant(impact: ImpactAssessment): string[] {
  const total = impact.byElement.reduce((a, e) => a + e.totalKgCO2e, 0);
  const out: string[] = [];
  if (total > 0) {
    const parts = [...impact.byElement].filter((e) => e.totalKgCO2e > 0).sort((a, b) => b.totalKgCO2e - a.totalKgCO2e);
    out.push(`By element, the annualised footprint in the base case (${formatDeterministic(total)} kgCO2e/year) is ${parts.map((e) => `${e.element} ${formatShare(e.totalKgCO2e / total)}`).join(', ')}; ${impact.byElement.filter((e) => !e.modelled).map((e) => e.element).join(' and ') || 'no element'} not modelled.`);
  }
  const embodied = impact.embodiedComponents.reduce((a, c) => a + c.kgCO2e, 0);
  const operational = impact.operationalComponents.reduce((a, c) => a + c.kgCO2e, 0);
  const e = largest(impact.embodiedComponents, embodied, 'kgCO2e', 'embodied carbon');
  const o = largest(impact.operationalComponents, operational, 'kgCO2e/year', 'operational carbon per year');
  if (e) out.push(e);
  if (o) out.push(o);
  return out;
}

function usePhase(impact: ImpactAssessment): string | undefined {
  const share = impact.totals.find((t) => t.key === OUTPUT.usePhaseShare);
  if (impact.usePhaseShareUndefined !== undefined) return `The use-phase share is undefined (${impact.usePhaseShareUndefined}): operational and total carbon are both 0.`;
  if (share === undefined || !Number.isFinite(share.deterministic)) return undefined;
  const mc = share.monteCarlo;
  const spread = mc && !mc.constant ? (() => {
    const f = formatStatistics(mc, 100);
    return ` Over the Monte Carlo samples it is ${f.mean} % on average (95 % interval ${f.percentiles['p2.5']}–${f.percentiles['p97.5']} %).`;
  })() : '';
  const words = share.deterministic >= 0.5 ? 'The use phase dominates' : 'Manufacturing dominates';
  return `${words}: operational carbon is ${formatShare(share.deterministic)} of the annualised footprint in the base case.${spread}`;
}

function uncertainty(impact: ImpactAssessment): string {
  const fu = impact.functionalUnit;
  const mc = fu.monteCarlo;
  if (mc === undefined || mc.constant) return `The ${fu.label} is ${formatDeterministic(fu.deterministic)} ${fu.unit}; no uncertain input reaches it, so it has no Monte Carlo spread.`;
  const f = formatStatistics(mc);
  const lo = mc.percentiles['p2.5'];
  const hi = mc.percentiles['p97.5'];
  const shift = fu.deterministic !== 0 ? mc.mean / fu.deterministic - 1 : 0;
  const base = `The base case (every input at its base value) gives ${formatDeterministic(fu.deterministic)} ${fu.unit}`;
  const where = fu.deterministic < lo || fu.deterministic > hi ? `${base}, outside that interval: the distributions are not centred on the base values (see Data quality).` : Math.abs(shift) > NOTABLE_MEAN_SHIFT ? `${base}; the mean is ${formatShare(Math.abs(shift))} ${shift > 0 ? 'above' : 'below'} it because the distributions are not centred on the base values (see Data quality).` : `${base}.`;
  return `The ${fu.label} is ${f.mean} ± ${f.sd} ${fu.unit} (mean ± standard deviation of ${formatCount(mc.count)} Monte Carlo samples), with a 95 % interval of ${f.percentiles['p2.5']}–${f.percentiles['p97.5']} ${fu.unit}${lo > 0 ? ` (a factor of ${formatSignificant(hi / lo, 2)} between its ends)` : ''}. ${where}`;
}

function sensitivityText(s: ReportSensitivity): string[] {
  const out: string[] = [];
  const sobolRows = s.ranking.filter((r) => r.ST !== undefined);
  if (sobolRows.length > 0) {
    const major = sobolRows.filter((r) => (r.ST as number) > MINOR_ST);
    const listed = major.map((r) => `${r.input} ${formatIndex(r.ST as number, r.STci)} [${formatIndex(r.STci![0], r.STci)}, ${formatIndex(r.STci![1], r.STci)}]`);
    const rest = sobolRows.length - major.length;
    const sumS1 = sobolRows.reduce((a, r) => a + (r.S1 as number), 0);
    out.push(`Ranked by the Sobol total index ST (the share of the variance an input causes, with its interactions): ${listed.join('; ') || `no input above ${MINOR_ST}`}${rest > 0 ? `; the other ${rest} input(s) ${MINOR_ST} or less` : ''}. The first-order indices sum to ${formatIndex(sumS1)}${sumS1 > NEARLY_ADDITIVE_S1_SUM ? ': the output is nearly additive in its inputs, interactions are small' : ': interactions between inputs matter'}.`);
  }
  const bars = s.ranking.filter((r) => r.swing !== undefined).sort((a, b) => (b.swing as number) - (a.swing as number));
  if (bars.length > 0 && s.tornado) {
    const top = bars[0];
    const pct = (p: number) => formatDeterministic(p * 100).replace(/\.0+$/, '');
    out.push(`The tornado (each input from its ${pct(s.tornado.lowPercentile)}th to its ${pct(s.tornado.highPercentile)}th percentile, the others at base) ranks ${top.input} first, with a swing of ${formatDeterministic(top.swing as number)} ${s.unit} around the base case's ${formatDeterministic(s.tornado.baseOutput)}.`);
  }
  return out;
}

function scenarioText(rows: readonly ReportScenario[], unit: string): string[] {
  return rows.slice(1).map((r) => {
    const change = formatChange(r.changeFromBase);
    const mc = r.monteCarlo && !r.monteCarlo.constant ? (() => {
      const f = formatStatistics(r.monteCarlo);
      return `; Monte Carlo mean ${f.mean} ${unit} (95 % interval ${f.percentiles['p2.5']}–${f.percentiles['p97.5']})`;
    })() : '';
    return `Scenario "${r.name}": ${formatDeterministic(r.deterministic.value)} ${unit} with every input at base (${change} against the base case)${mc}.`;
  });
}

/**
 * The interpretation (ISO 14044 §4.5): findings in words with the numbers
 * they rest on — the dominant elements and components, the use-phase share,
 * the uncertainty of the functional unit, the sensitivity ranking and the
 * scenario comparison — rounded as the report's rounding note says.
 *
 * @param impact - the impact assessment section
 * @param sensitivity - the sensitivity analyses
 * @param scenarios - the base case and the scenarios
 * @returns the findings, the sensitivity and the scenarios
 * @example
 * const r = await buildReport(loadStudyFile('examples/xeon-8468.json'), { samples: 100, backend: 'js' });
 * const i = buildInterpretation(r.impact, r.interpretation.sensitivity, r.interpretation.scenarios);
 * i.findings.find((f) => f.topic === 'use phase').text.startsWith('The use phase dominates: operational carbon is 87.4 %'); // => true
 */
export function buildInterpretation(impact: ImpactAssessment, sensitivity: ReportSensitivity, scenarios: readonly ReportScenario[]): Interpretation {
  const findings: ReportFinding[] = [
    ...dominant(impact).map((text) => ({ topic: 'dominant contributors' as const, text })),
    ...[usePhase(impact)].filter((t): t is string => t !== undefined).map((text) => ({ topic: 'use phase' as const, text })),
    { topic: 'uncertainty', text: uncertainty(impact) },
    ...sensitivityText(sensitivity).map((text) => ({ topic: 'sensitivity' as const, text })),
    ...scenarioText(scenarios, impact.functionalUnit.unit).map((text) => ({ topic: 'scenarios' as const, text })),
  ];
  return { findings, sensitivity, scenarios };
}
