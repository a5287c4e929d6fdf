import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { assess } from '../../src/assess/index.js';
import { evaluate } from '../../src/graph/index.js';
import { functionalUnitSplit } from '../../src/report/index.js';
import { loadStudyFile } from '../../src/scenarios/index.js';
import { compileStudy, elementKey, ELEMENTS, OUTPUT } from '../../src/study/index.js';

// Issue 11: assess and the functional-unit split read the graph's evaluated
// outputs and add nothing on the host, so their totals are exactly the graph's.
const files = readdirSync('examples').filter((f) => f.endsWith('.json')).sort();

const near = (parts: number, whole: number) => expect(Math.abs(parts - whole)).toBeLessThanOrEqual(1e-12 * Math.abs(whole));

describe('assess reads graph outputs only', () => {
  it('there are examples', () => expect(files.length).toBeGreaterThan(5));
  it.each(files)('%s: totals equal the evaluated graph exactly, parts sum to the whole', (file) => {
    const { study } = loadStudyFile(join('examples', file));
    const model = compileStudy(study);
    const results = evaluate(model.outputs.map((o) => o.expr), new Map(model.inputs.map((i) => [i.name, i.value])));
    const g = (key: string): number => {
      const i = model.outputs.findIndex((o) => o.key === key);
      expect(i, key).toBeGreaterThanOrEqual(0);
      return results[i];
    };
    const a = assess(study);
    expect(a.annualized.totalKgCO2e).toBe(g(OUTPUT.annualizedTotal));
    expect(a.annualized.embodiedKgCO2e).toBe(g(OUTPUT.annualizedEmbodied));
    expect(a.annualized.operationalKgCO2e).toBe(g(OUTPUT.operationalAnnual));
    expect(a.lifetime.totalKgCO2e).toBe(g(OUTPUT.lifetimeTotal));
    expect(a.embodied.totalKgCO2e).toBe(g(OUTPUT.embodiedTotal));
    expect(a.functionalUnit.value).toBe(g(OUTPUT.functionalUnit));
    for (const e of ELEMENTS) {
      const s = a.byElement[e];
      expect(s.totalKgCO2e, e).toBe(g(elementKey(e)));
      near(s.embodiedKgCO2e + s.operationalKgCO2e, s.totalKgCO2e);
    }
    near(a.annualized.embodiedKgCO2e + a.annualized.operationalKgCO2e, a.annualized.totalKgCO2e);
    near(ELEMENTS.reduce((t, e) => t + a.byElement[e].totalKgCO2e, 0), a.annualized.totalKgCO2e);
    near(g(OUTPUT.embodiedTotal) + g(OUTPUT.lifetimeOperational), a.lifetime.totalKgCO2e);
    const split = functionalUnitSplit(study);
    if (study.functionalUnit !== 'year' && study.functionalUnit !== 'lifetime' && study.functionalUnit.per === 'training-run') expect(split).toBeUndefined();
    else {
      expect(split).toEqual({ embodied: g(OUTPUT.functionalUnitEmbodied), operational: g(OUTPUT.functionalUnitOperational) });
      near(split!.embodied + split!.operational, a.functionalUnit.value);
    }
  });
});
