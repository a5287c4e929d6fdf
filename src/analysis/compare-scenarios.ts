import { dirname } from 'node:path';
import { assess, NonFiniteResultError, ratioOf, type Assessment, type UndefinedRatio } from '../assess/index.js';
import { runMonteCarlo, type BackendRequest, type MonteCarloOutput } from '../mc/index.js';
import { applyScenario, type Scenario, type StudyFile } from '../scenarios/index.js';
import { categoryKey, defineStudy, isImpactCategory, OUTPUT } from '../study/index.js';
import type { ImpactCategoryId } from '../units/index.js';
import { InputError } from '../errors/index.js';
import { checkNumber, checkObjectKeys } from '../validate/index.js';

/** value ÷ base − 1, or undefined (`the base case is 0`) for a zero base. */
function changeFrom(value: number, base: number): number | UndefinedRatio {
  const r = ratioOf(value, base, 'the base case is 0');
  return typeof r === 'number' ? r - 1 : r;
}

/**
 * Monte Carlo samples per variant when none are given: 10^5, so that 2,500
 * draws lie beyond each end of the 95 % interval; the CLI's `scenarios`
 * command and the report use the same count.
 */
const DEFAULT_SAMPLES = 100_000;

/** One variant of a scenario comparison. */
export interface ScenarioResult {
  /** `base case`, or the scenario's name. */
  readonly name: string;
  /** The scenario's description, when it has one. */
  readonly description?: string;
  /** The values the scenario sets, by study path (empty for the base case). */
  readonly set: Readonly<Record<string, unknown>>;
  /** The deterministic assessment (every input at its base value). */
  readonly assessment: Assessment;
  /** Monte Carlo statistics of the functional unit (absent when `samples` is 0). */
  readonly monteCarlo?: MonteCarloOutput;
  /** Deterministic functional-unit value ÷ the base case's − 1; an {@link UndefinedRatio} (`the base case is 0`) when the base case is 0. */
  readonly changeFromBase: number | UndefinedRatio;
  /** The footprint per functional unit compared, in the category compared, with every input at its base value. */
  readonly value: number;
  /** Its unit (`kgCO2e/year`, `L/year`). */
  readonly unit: string;
}

/** Options of {@link compareScenarios}. */
export interface CompareScenariosOptions {
  /** Monte Carlo samples per variant (default 10^5; 0 for deterministic only). */
  readonly samples?: number;
  /** Seed, the same for every variant so that differences are not sampling noise (default 1). */
  readonly seed?: number;
  /** Monte Carlo backend (`auto` by default). */
  readonly backend?: BackendRequest;
  /** Extra scenarios (e.g. reduction levers from `leverScenario`) beside the file's own. */
  readonly scenarios?: readonly Scenario[];
  /** The impact category compared: the footprint per functional unit in it (default `climate`). */
  readonly category?: ImpactCategoryId;
}

/** Run `f` for a scenario's variant; a non-finite result it refuses names the scenario (the base case has none). */
async function inScenario<T>(scenario: string | undefined, f: () => Promise<T>): Promise<T> {
  try {
    return await f();
  } catch (e) {
    if (scenario !== undefined && e instanceof NonFiniteResultError) throw e.inScenario(scenario);
    throw e;
  }
}

/** The footprint per functional unit of a variant in the category compared; a category the variant does not cover is refused with the reason. */
function compared(assessment: Assessment, category: ImpactCategoryId, variant: string): { value: number; unit: string } {
  if (category === 'climate') return { value: assessment.functionalUnit.value, unit: assessment.functionalUnit.valueUnit };
  const figure = assessment.impacts?.find((c) => c.category === category)?.figures.find((f) => f.key === OUTPUT.functionalUnit);
  if (figure?.value === undefined) {
    throw new InputError({ path: 'category', received: category, expected: `a category the study computes the functional unit in (${variant})`, problem: figure?.notCovered ?? 'is not among the study\'s categories', fix: `add "${category}" to the study's categories with its factors` });
  }
  return { value: figure.value, unit: figure.unit };
}

/**
 * Evaluate a study's base case and each scenario side by side: the
 * deterministic assessment and the Monte Carlo distribution of the
 * functional unit, with the same seed for every variant (common random
 * numbers), so that the differences between them are not sampling noise.
 *
 * @param file - a study file with its scenarios (`loadStudyFile`)
 * @param options - samples, seed, backend and extra scenarios
 * @throws {@link InputError} for an unknown option or a sample count that is not an integer ≥ 0
 * @example
 * const file = loadStudyFile('examples/xeon-8468-uncertain.json');
 * const rows = await compareScenarios(file, { samples: 0 });
 * rows.map((r) => r.name); // => ['base case', '3-year life', 'renewable supply']
 * Math.round(rows[1].assessment.annualized.totalKgCO2e * 10) / 10; // => 2026
 */
export async function compareScenarios(file: StudyFile, options: CompareScenariosOptions = {}): Promise<ScenarioResult[]> {
  checkObjectKeys(options, 'compareScenarios.options', ['samples', 'seed', 'backend', 'scenarios', 'category'], { noun: 'option' });
  const category = options.category ?? 'climate';
  if (!isImpactCategory(category)) throw new InputError({ path: 'compareScenarios.options.category', received: category, expected: 'one of climate, water, adpe, pe', problem: 'is not an impact category' });
  const key = categoryKey(category, OUTPUT.functionalUnit);
  // A negative or NaN count would otherwise read as "deterministic only" (samples > 0 is false).
  const samples = checkNumber(options.samples ?? DEFAULT_SAMPLES, 'compareScenarios.options.samples', {
    min: 0,
    integer: true,
    fix: 'give a whole number of Monte Carlo samples per variant, e.g. 100000, or 0 for the deterministic assessment only',
  });
  const seed = options.seed ?? 1;
  const variants: { name: string; description?: string; set: Readonly<Record<string, unknown>>; raw: unknown }[] = [
    { name: 'base case', set: {}, raw: file.raw },
    ...[...file.scenarios, ...(options.scenarios ?? [])].map((s) => ({ name: s.name, ...(s.description !== undefined ? { description: s.description } : {}), set: s.set, raw: applyScenario(file.raw, s) })),
  ];
  const out: ScenarioResult[] = [];
  let base = NaN;
  for (const v of variants) {
    const { assessment, mc } = await inScenario(out.length === 0 ? undefined : v.name, async () => {
      const study = defineStudy(v.raw, { ...file.readLimits, baseDir: dirname(file.path) });
      const assessment = assess(study);
      const mc = samples > 0 ? await runMonteCarlo(study, { samples, seed, backend: options.backend, outputs: [key] }) : undefined;
      return { assessment, mc };
    });
    const { value, unit } = compared(assessment, category, v.name);
    if (out.length === 0) base = value;
    out.push({
      name: v.name,
      ...(v.description !== undefined ? { description: v.description } : {}),
      set: v.set,
      assessment,
      ...(mc ? { monteCarlo: mc.outputs[0] } : {}),
      // a relative change from a zero base case is undefined, with its reason: not a made-up 0, nor NaN (null in JSON)
      changeFromBase: changeFrom(value, base),
      value,
      unit,
    });
  }
  return out;
}
