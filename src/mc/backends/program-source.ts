import { PCG_CONSTANTS } from '../random/pcg.js';
import type { CheckedProgram } from './check-program.js';
import { DRAW_PATTERN } from './check-program.js';

// The generator's constants come from src/mc/random/pcg.ts (the host stream
// the float64 references draw from), so the generated draw cannot drift from it.
const { multiplier, increment, outputMultiplier, cellStride, outputScale } = PCG_CONSTANTS;

/** Replace the j-th textual `Math.random()` (j from 0) by `site(j)`. */
export function replaceDraws(statements: string, site: (j: number) => string): string {
  let j = 0;
  return statements.replace(DRAW_PATTERN, () => site(j++));
}

/**
 * One inline PCG draw on the `ailcaState` word (see src/mc/random/pcg.ts):
 * LCG step, RXS-M-XS, top 24 bits over 2^24. Written as one comma
 * expression so V8 keeps it inline at every draw site.
 */
const JS_DRAW =
  `(ailcaState = (Math.imul(ailcaState, ${multiplier}) + ${increment}) | 0,` +
  ` ailcaWord = Math.imul((ailcaState >>> ((ailcaState >>> 28) + 4)) ^ ailcaState, ${outputMultiplier}),` +
  ` (((ailcaWord >>> 22) ^ ailcaWord) >>> 8) / ${outputScale})`;

/**
 * Source of the body of a `new Function` that returns the js backend's
 * run function
 * `(ailcaOut, ailcaOffset, ailcaStart, ailcaCount, ailcaSeed, ailcaRows, ...tables)`:
 * sample `ailcaStart + i` is written to `ailcaOut[k][ailcaOffset + i]`.
 * Random mode seeds each sample's PCG state exactly as gpu.js seeds a cell;
 * given mode reads row `ailcaStart + i` of `ailcaRows` (row-major, d wide).
 */
export function jsRunSource(p: CheckedProgram): string {
  const d = p.uniformsPerSample;
  const body =
    p.mode === 'random'
      ? replaceDraws(p.statements, () => JS_DRAW)
      : replaceDraws(p.statements, (j) => `ailcaRows[ailcaRow + ${j}]`);
  const columns = p.outputs.map((_, k) => `const ailcaOut${k} = ailcaOut[${k}];`).join('\n');
  const stores = p.outputs.map((name, k) => `ailcaOut${k}[ailcaOffset + ailcaI] = ${name};`).join('\n');
  const seedSample =
    p.mode === 'random'
      ? // gpu.js per-cell seeding: (seed + cell·0x9E3779B9)·747796405 + 2891336453
        `ailcaState = (Math.imul((ailcaSeed + Math.imul(ailcaStart + ailcaI, ${cellStride})) | 0, ${multiplier}) + ${increment}) | 0;`
      : `const ailcaRow = (ailcaStart + ailcaI) * ${d};`;
  return `"use strict";
return function ailcaRun(ailcaOut, ailcaOffset, ailcaStart, ailcaCount, ailcaSeed, ailcaRows${p.tableNames.map((t) => `, ${t}`).join('')}) {
${columns}
let ailcaState = 0, ailcaWord = 0;
for (let ailcaI = 0; ailcaI < ailcaCount; ailcaI++) {
${seedSample}
{
${body}
${stores}
}
}
};`;
}

/**
 * Source of a gpu.js kernel computing outputs `[first, first + n)` of the
 * program for the cell `this.thread.x`: a scalar return for n = 1, else
 * `Array(n)` (n ≤ 4). Arguments: `ailcaRows` first in given mode, then the
 * tables in the program's order.
 */
export function kernelSource(p: CheckedProgram, first: number, n: number): string {
  const d = p.uniformsPerSample;
  const args = [...(p.mode === 'given' ? ['ailcaRows'] : []), ...p.tableNames];
  const body =
    p.mode === 'random' ? p.statements : replaceDraws(p.statements, (j) => `ailcaRows[this.thread.x * ${d} + ${j}]`);
  const names = p.outputs.slice(first, first + n);
  const ret = n === 1 ? `return ${names[0]};` : `return [${names.join(', ')}];`;
  return `function (${args.join(', ')}) {\n${body}\n${ret}\n}`;
}
