import { createHash } from 'node:crypto';
import type { Assessment } from '../assess/index.js';
import { DEFAULT_MAX_STUDY_BYTES, readFileBytes } from '../io/index.js';
import type { BackendRequest, MonteCarloResult } from '../mc/index.js';
import type { StudyFile } from '../scenarios/index.js';
import type { ReportSettings } from './report-options.js';
import type { SensitivityRunProvenance } from './run-sensitivity.js';

/** A dataset a report used. */
export interface ReportDataset {
  /** The dataset's name (`clemm-2024`). */
  readonly name: string;
  /** Its version. */
  readonly version: string;
}

/** How the Monte Carlo run of a report was made. */
export interface ReportMonteCarloRun {
  /** Seed of the run. */
  readonly seed: number;
  /** Samples asked for. */
  readonly samples: number;
  /** Samples computed (fewer only when aborted). */
  readonly completed: number;
  /** The backend that ran it (`js`, `webasm`, `webgpu`, `cpu`). */
  readonly backend: string;
  /** The backend in words, with why `auto` chose it. */
  readonly backendDescription: string;
  /** Arithmetic of the samples. */
  readonly precision: 'float32' | 'float64';
  /** Arithmetic of every reduction. */
  readonly reductionPrecision: 'float64';
  /** Wall time of the run [ms]. */
  readonly durationMs: number;
}

/** How the scenarios of a report were run. */
export interface ReportScenarioRuns {
  /** Samples of each scenario's run. */
  readonly samples: number;
  /** Seed of every scenario's run. */
  readonly seed: number;
  /** The backend. */
  readonly backend: string;
}

/** Enough to reproduce the report and to judge it. */
export interface ReportProvenance {
  /** `ailca`. */
  readonly library: string;
  /** The library's version. */
  readonly version: string;
  /** Datasets the study's inputs came from, with versions. */
  readonly datasets: readonly ReportDataset[];
  /** The report's date (ISO 8601). */
  readonly date: string;
  /** The study file's path as given. */
  readonly studyFile: string;
  /** SHA-256 of the study file's bytes, when the file could be read. */
  readonly studySha256?: string;
  /** Node.js version. */
  readonly node: string;
  /** The Monte Carlo run. */
  readonly monteCarlo?: ReportMonteCarloRun;
  /** Each sensitivity analysis that ran. */
  readonly sensitivity: readonly SensitivityRunProvenance[];
  /** The scenarios' runs (common random numbers: one seed for all). */
  readonly scenarios?: ReportScenarioRuns;
  /** Wall time to build the report [ms]. */
  readonly durationMs: number;
}

function sha256(path: string): string | undefined {
  try {
    return createHash('sha256').update(readFileBytes(path, DEFAULT_MAX_STUDY_BYTES)).digest('hex'); // the safe reader: a study swapped for a FIFO cannot hang the report
  } catch {
    return undefined; // a study file built in memory: the provenance says no checksum
  }
}

/** How a report was made, beyond its sections: what {@link buildProvenance} records besides the runs themselves. */
export interface ProvenanceContext {
  /** The report's date (ISO 8601), already checked. */
  readonly date: string;
  /** The report's settings. */
  readonly settings: ReportSettings;
  /** The backend the Monte Carlo run resolved, reused by the scenarios. */
  readonly backend: BackendRequest;
  /** `performance.now()` when the report started: the provenance's wall time is measured from it. */
  readonly startedAt: number;
}

/**
 * The provenance section of a report: library, datasets, study file and its
 * SHA-256, Node.js version, and how the Monte Carlo run, the sensitivity
 * analyses and the scenarios ran. Its wall time is measured when it is built.
 *
 * @param file - the study file the report is of (its path is hashed when it can be read)
 * @param assessment - the deterministic assessment (its datasets)
 * @param mc - the Monte Carlo run of the base case
 * @param sensitivity - each sensitivity analysis that ran
 * @param context - date, settings, backend and start time of the report
 * @returns the provenance
 * @example
 * const file = loadStudyFile('examples/xeon-8468.json');
 * const report = await buildReport(file, { samples: 1000, backend: 'js', date: '2026-11-23' });
 * report.provenance.studyFile; // => 'examples/xeon-8468.json'
 * report.provenance.monteCarlo.samples; // => 1000
 * report.provenance.studySha256.length; // => 64
 */
export function buildProvenance(
  file: StudyFile,
  assessment: Assessment,
  mc: MonteCarloResult,
  sensitivity: readonly SensitivityRunProvenance[],
  context: ProvenanceContext,
): ReportProvenance {
  const p = mc.provenance;
  const hash = sha256(file.path);
  const { date, settings, backend, startedAt } = context;
  return {
    library: p.library,
    version: p.version,
    datasets: assessment.provenance.datasets,
    date,
    studyFile: file.path,
    ...(hash !== undefined ? { studySha256: hash } : {}),
    node: process.version,
    monteCarlo: { seed: p.seed, samples: p.samples, completed: p.completed, backend: p.backend, backendDescription: p.backendDescription, precision: p.precision, reductionPrecision: p.reductionPrecision, durationMs: p.durationMs },
    sensitivity,
    ...(file.scenarios.length > 0 ? { scenarios: { samples: settings.scenarioSamples, seed: settings.seed, backend } } : {}),
    durationMs: performance.now() - startedAt,
  };
}
