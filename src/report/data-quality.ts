import type { Assessment, InputEcho } from '../assess/index.js';
import { distributionSupport, isUncertain } from '../distributions/index.js';
import type { MonteCarloResult } from '../mc/index.js';
import { IMPACT_CATEGORIES, OUTPUT } from '../study/index.js';
import { IMPACT_CATEGORY_IDS, type ImpactCategoryId } from '../units/index.js';
import type { Study } from '../system/index.js';
import { uncertainInputs, type ReportSensitivity } from './run-sensitivity.js';

/** An uncertain input whose base value its distribution cannot take. */
export interface ReportBaseOutsideSupport {
  /** The input's study path. */
  readonly path: string;
  /** Its base value. */
  readonly base: number;
  /** The distribution's support [lo, hi] (±Infinity when unbounded). */
  readonly support: readonly [number, number];
}

/** Data quality and limitations (ISO 14044 §4.2.3.6). */
export interface DataQuality {
  /** Inputs by status: `input`, `default`, `dataset`, `derived`. */
  readonly statusCounts: Readonly<Record<string, number>>;
  /** Inputs drawn from a distribution. */
  readonly uncertainInputs: number;
  /** Inputs with a fixed value. */
  readonly fixedInputs: number;
  /** Paths of inputs that cite no source. */
  readonly unsourced: readonly string[];
  /** Inputs the study did not give: library defaults. */
  readonly defaults: readonly InputEcho[];
  /** Uncertain inputs whose base value lies outside their distribution's support. */
  readonly baseOutsideSupport: readonly ReportBaseOutsideSupport[];
  /** How the functional unit's percentiles were read (`none` when it is constant). */
  readonly quantileMethod: 'exact' | 'histogram' | 'none';
  /** The most any percentile of the functional unit can be off [its unit]. */
  readonly quantileMaxError?: number;
  /** Percentiles that fell outside the histogram's range. */
  readonly percentilesOutOfRange: readonly string[];
  /** Arithmetic of the Monte Carlo samples. */
  readonly samplePrecision?: 'float32' | 'float64';
  /** Arithmetic of every reduction. */
  readonly reductionPrecision: 'float64';
  /** Rank correlations the study declares; honoured by the Monte Carlo, ignored by Sobol and the tornado. */
  readonly correlations: number;
  /** Limitations of the method and of this study. */
  readonly limitations: readonly string[];
  /** Warnings of the assessment (implausible values) and of the Monte Carlo run. */
  readonly warnings: readonly string[];
}

/** Which impact categories the study assesses, and which it leaves out. */
function categoriesLimitation(study: Study): string {
  const names = (ids: readonly string[]) => ids.map((c) => `${IMPACT_CATEGORIES[c as ImpactCategoryId].name} (${IMPACT_CATEGORIES[c as ImpactCategoryId].unit})`).join(', ');
  const left = IMPACT_CATEGORY_IDS.filter((c) => !study.categories.includes(c));
  const assessed = study.categories.length === 1 ? 'One impact category: climate change (GWP100, kgCO2e).' : `Impact categories assessed: ${names(study.categories)}; a figure whose factors a category lacks is reported as not covered.`;
  return `${assessed}${left.length > 0 ? ` Not assessed: ${names(left)} (add them to the study's categories with their factors)` : ''}; other categories (acidification, eutrophication, toxicity…) are outside ailca's scope.`;
}

function limitations(study: Study, mc: MonteCarloResult, sensitivity: ReportSensitivity, factorMethod: string | undefined): string[] {
  const out = [
    categoriesLimitation(study),
    'Embodied carbon is amortised linearly over the hardware lifetime; replacements, upgrades and second life are not modelled.',
    `Embodied carbon of integrated circuits uses emission factors per die area${factorMethod ? ` (factor set ${factorMethod})` : ''}: averages over fabs, yields and years, not the supplier's own data.`,
    'Operational carbon uses an average grid intensity for the place and year, not hourly or marginal intensities.',
    'The tornado moves one input at a time with the others at base: it shows no interactions, and only the ends of each range.',
    'Sobol indices and the tornado treat the inputs as independent.',
  ];
  if (study.correlations.length > 0) out.push(`The study declares ${study.correlations.length} rank correlation(s): the Monte Carlo honours them; Sobol indices and the tornado ignore them.`);
  if (mc.provenance.precision === 'float32') out.push(`Monte Carlo samples are computed in float32 on the ${mc.provenance.backend} backend (relative error of a sample about 1e-7 to 1e-5 with transcendental functions); every reduction (sums, moments, histograms) is float64.`);
  if (sensitivity.sobol !== undefined) out.push(`Sobol indices come from N = ${sensitivity.sobol.n} base samples; their ${Math.round(sensitivity.sobol.confidence * 100)} % bootstrap intervals (${sensitivity.sobol.resamples} resamples) show the sampling error; estimates slightly below 0 are noise around 0.`);
  return out;
}

/**
 * Data quality and limitations (ISO 14044 §4.2.3.6): inputs by status
 * (input, default, dataset, derived), inputs that cite no source, library
 * defaults the study relied on, uncertain inputs whose base value lies
 * outside their distribution (the base case is then not a draw of the
 * uncertain model), how far the percentiles can be off, the arithmetic of
 * samples and reductions, correlations ignored by the sensitivity analyses,
 * the limitations of the method, and the warnings of the assessment and the
 * Monte Carlo run (the sensitivity analyses' notes stay with them).
 *
 * @param study - the parsed study
 * @param assessment - its deterministic assessment
 * @param mc - its Monte Carlo run
 * @param sensitivity - the sensitivity section (for its notes)
 * @param factorMethod - the factor set the study names, if any
 * @returns the section's content
 * @example
 * const file = loadStudyFile('examples/xeon-8468.json');
 * const r = await buildReport(file, { samples: 100, backend: 'js' });
 * const mc = await runMonteCarlo(file.study, { samples: 100, seed: 1, backend: 'js' });
 * const q = buildDataQuality(file.study, assess(file.study), mc, r.interpretation.sensitivity);
 * q.uncertainInputs; // => 0
 * q.quantileMethod; // => 'none'
 */
export function buildDataQuality(study: Study, assessment: Assessment, mc: MonteCarloResult, sensitivity: ReportSensitivity, factorMethod?: string): DataQuality {
  const statusCounts: Record<string, number> = { input: 0, default: 0, dataset: 0, derived: 0 };
  for (const i of assessment.inputs) statusCounts[i.status] = (statusCounts[i.status] ?? 0) + 1;
  const uncertain = new Set(uncertainInputs(study));
  const baseOutsideSupport = study.params
    .flatMap((p) => (uncertain.has(p.path) && isUncertain(p.distribution) ? [{ path: p.path, base: p.value, support: distributionSupport(p.distribution) }] : []))
    .filter((x) => x.base < x.support[0] || x.base > x.support[1]);
  const fu = mc.outputs.find((o) => o.key === OUTPUT.functionalUnit);
  const summary = fu?.summary;
  const warnings = [...new Set([...assessment.warnings, ...mc.warnings])];
  return {
    statusCounts,
    uncertainInputs: uncertain.size,
    fixedInputs: assessment.inputs.length - uncertain.size,
    unsourced: assessment.inputs.filter((i) => i.source === undefined || i.source.citation.trim() === '').map((i) => i.path),
    defaults: assessment.inputs.filter((i) => i.status === 'default'),
    baseOutsideSupport,
    quantileMethod: fu === undefined || fu.constant ? 'none' : (summary as NonNullable<typeof summary>).quantileMethod,
    ...(summary?.quantileMaxError !== undefined && fu?.constant !== true ? { quantileMaxError: summary.quantileMaxError } : {}),
    percentilesOutOfRange: summary?.percentilesOutOfRange ?? [],
    samplePrecision: mc.provenance.precision,
    reductionPrecision: 'float64',
    correlations: study.correlations.length,
    limitations: limitations(study, mc, sensitivity, factorMethod),
    warnings,
  };
}
