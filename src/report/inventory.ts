import type { Assessment, InputEcho } from '../assess/index.js';
import type { Study } from '../system/index.js';
import { uncertainInputs } from './run-sensitivity.js';

/** ISO 14044 §4.3: the life-cycle inventory, every input with unit, value or distribution, status and source. */
export interface Inventory {
  /** Every input of the study as used (base value in its canonical unit, distribution, status, source). */
  readonly inputs: readonly InputEcho[];
  /** Paths of the inputs drawn from a distribution (not fixed). */
  readonly uncertain: readonly string[];
}

/**
 * The inventory section of a report: every input of the study as the
 * assessment used it, and which of them are drawn from a distribution.
 *
 * @param study - the parsed study
 * @param assessment - its deterministic assessment (`assess`)
 * @returns the inventory, inputs in the study's order
 * @example
 * const file = loadStudyFile('examples/xeon-8468.json');
 * const report = await buildReport(file, { samples: 1000, backend: 'js', date: '2026-11-23' });
 * report.inventory.inputs.length === assess(file.study).inputs.length; // => true
 * report.inventory.uncertain; // => []
 */
export function buildInventory(study: Study, assessment: Assessment): Inventory {
  return { inputs: assessment.inputs, uncertain: uncertainInputs(study) };
}
