import { dirname } from 'node:path';
import type { ReadLimits } from '../io/index.js';
import type { Study } from '../system/index.js';
import { defineStudy, readStudyJson, type StudyOptions } from '../study/load-study.js';
import { checkScenarios } from './check-scenarios.js';
import { splitScenarios, type Scenario } from './scenario.js';

/** A study file read whole: the raw study, its parsed form and its scenarios. */
export interface StudyFile {
  /** The file's path. */
  readonly path: string;
  /** The study object as written, without `scenarios` (for applying scenarios). */
  readonly raw: unknown;
  /** The study, parsed and validated. */
  readonly study: Study;
  /** The file's scenarios, validated; empty when it has none. */
  readonly scenarios: readonly Scenario[];
  /** The folders and size cap the study was read with; variants of it (scenarios) are read with the same. */
  readonly readLimits: ReadLimits;
}

/**
 * Read a study file that may carry a `scenarios` list (named variants that
 * set values at study paths), validating the study and every scenario: the
 * same read as {@link loadStudy}, which returns only `.study`. Use this form
 * when you need the scenarios or the raw object (to apply a scenario with
 * `applyScenario(file.raw, scenario)`).
 *
 * @param path - the study file
 * @param options - factor method, user datasets, `allowRead` folders and `maxFileSize` (as {@link loadStudy})
 * @throws {@link FileError} for an unreadable, non-regular, oversize or malformed file; InputError for invalid fields or scenarios (each scenario's values are checked here, with the rules of the fields they set)
 * @example
 * const file = loadStudyFile('examples/xeon-8468-uncertain.json');
 * file.scenarios.length > 0; // => true
 * file.study.name === loadStudy(file.path).name; // => true
 */
export function loadStudyFile(path: string, options: StudyOptions = {}): StudyFile {
  const { study: raw, scenarios } = splitScenarios(readStudyJson(path, options));
  const readLimits: ReadLimits = {
    ...(options.allowRead !== undefined ? { allowRead: options.allowRead } : {}),
    ...(options.maxFileSize !== undefined ? { maxFileSize: options.maxFileSize } : {}),
  };
  const study = defineStudy(raw, { baseDir: dirname(path), ...options });
  checkScenarios(raw, scenarios, { baseDir: dirname(path), ...options });
  return { path, raw, study, scenarios, readLimits };
}

/**
 * Read and validate a JSON study file, scenarios included: the one way to
 * load a study from disk. Malformed JSON, duplicate keys and numbers that
 * overflow are refused with file, line and column; invalid fields with their
 * path. A `scenarios` list in the file is validated too (each scenario's
 * values with the rules of the fields they set) and left out of the study;
 * {@link loadStudyFile} is the same read returning the scenarios and the raw
 * object as well, for running or applying them.
 *
 * @param path - the study file
 * @param options - factor method and user datasets
 * @throws {@link FileError} for an unreadable or malformed file; InputError for invalid fields or scenarios
 * @example
 * // the worked example of Clemm et al. 2024, IV.C (grid 0.4 kgCO2e/kWh: Germany 2022 in the seed's factors)
 * const s = loadStudy('examples/xeon-8468.json');
 * s.servers[0].lifetime.value; // => 5
 * s.cloud.gridIntensity.value; // => 0.4
 * s.cloud.gridIntensity.status; // => 'dataset'
 * // a file with scenarios reads the same way
 * loadStudy('examples/xeon-8468-uncertain.json').name === loadStudyFile('examples/xeon-8468-uncertain.json').study.name; // => true
 */
export function loadStudy(path: string, options: StudyOptions = {}): Study {
  return loadStudyFile(path, options).study;
}
