import type { DocumentBlock } from './report-document.js';
import { block } from './report-document.js';
import type { Report } from './report.js';

/** Section 1 of a report: goal and scope (ISO 14044 §4.2). */
export function scopeBlocks(report: Report): DocumentBlock[] {
  const g = report.goalAndScope;
  return [
    block.h2('1. Goal and scope', 'goal-and-scope'),
    block.p(`Goal. ${g.goal}`),
    ...(g.description !== undefined ? [block.p(`Study description (as written in the study file). ${g.description}`)] : []),
    block.p(`Functional unit: ${g.functionalUnit.label} [${g.functionalUnit.unit}] — ${g.functionalUnit.definition}.`),
    ...(g.factorMethod !== undefined ? [block.p(`Emission factors: the "${g.factorMethod}" factor set (see the inventory for each factor's source).`)] : []),
    block.h3('System', 'system'),
    block.list(g.system),
    block.table(
      'The four elements of an AI system (Clemm et al. 2024, section III) and what this study models of each.',
      ['element', 'modelled', 'what the study includes'],
      g.elements.map((e) => [e.element, e.modelled ? 'yes' : 'no', e.text]),
    ),
    block.h3('System boundary', 'boundary'),
    block.p('Inside the boundary:'),
    block.list(g.included),
    block.p('Outside the boundary (excluded, and why):'),
    block.list(g.exclusions.map((x) => `${x.text} [${x.basis}]`)),
  ];
}
