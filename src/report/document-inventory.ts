import { formatInput } from './display-rules.js';
import { sourceText } from './document-cells.js';
import type { DocumentBlock } from './report-document.js';
import { block } from './report-document.js';
import type { Report } from './report.js';

/** Section 2 of a report: the life-cycle inventory (ISO 14044 §4.3), every input. */
export function inventoryBlocks(report: Report): DocumentBlock[] {
  const inv = report.inventory;
  return [
    block.h2('2. Life-cycle inventory', 'inventory'),
    block.p(
      `Every input of the study, in canonical units: ${inv.inputs.length} inputs, ${inv.uncertain.length} of them uncertain (drawn from a distribution in the Monte Carlo run; the base value is used in the base case). ` +
        'Status: input = given in the study; default = a library default the study did not give; dataset = looked up in a bundled dataset; derived = computed from other values.',
    ),
    block.table(
      'Inputs with unit, base value or distribution, status and source.',
      ['input (study path)', ['base value', 'right'], 'unit', 'distribution', 'status', 'source'],
      inv.inputs.map((i) => [i.path, formatInput(i.value), i.unit === '1' ? '–' : i.unit, i.distribution ?? 'fixed', i.status, sourceText(i.source)]),
    ),
  ];
}
