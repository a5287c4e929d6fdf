import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { assess } from '../../src/assess/index.js';
import { applyScenario, parsePath, parseScenarios, setPath, splitScenarios } from '../../src/scenarios/index.js';
import { defineStudy } from '../../src/study/index.js';

describe('parsePath', () => {
  it('parsePath splits names and indices and refuses junk', () => {
    expect(parsePath('servers[0].components[12].dieArea')).toEqual(['servers', 0, 'components', 12, 'dieArea']);
    expect(() => parsePath('servers[x]')).toThrow(/not a valid path/);
    expect(() => parsePath('.a')).toThrow(/not a valid path/);
    expect(() => parsePath('a.')).toThrow(/not a valid path/);
  });
});

describe('setPath', () => {
  it('setPath copies and never mutates', () => {
    const o = Object.freeze({ a: Object.freeze([Object.freeze({ b: 1 })]), c: 2 });
    expect(setPath(o, 'a[0].b', 5)).toEqual({ a: [{ b: 5 }], c: 2 });
    expect(o.a[0].b).toBe(1);
    expect(() => setPath(o, 'a[3].b', 5)).toThrow(/does not exist/);
    expect(() => setPath(o, 'x.y', 5)).toThrow(/"x\.y" does not exist/);
  });
});

describe('applyScenario', () => {
  it("applyScenario reproduces seed 004's hand variations", () => {
    const raw = JSON.parse(readFileSync('examples/xeon-8468.json', 'utf8'));
    const short = assess(defineStudy(applyScenario(raw, { name: '3 years', set: { 'servers[0].lifetime': '3 years' } })));
    // 1,176.804 / 3 + 1,633.74 = 2,026.008 kgCO2e/year
    expect(short.annualized.totalKgCO2e).toBeCloseTo(1176.804 / 3 + 1633.74, 9);
    const green = assess(defineStudy(applyScenario(raw, { name: 'renewable', set: { 'cloud.gridIntensity': '0.05 kg/kWh' } })));
    // 4,084.35 kWh × 0.05 = 204.2175 kgCO2e/year
    expect(green.operational.annualKgCO2e).toBeCloseTo(4084.35 * 0.05, 9);
  });
});

describe('parseScenarios', () => {
  it('parseScenarios refuses duplicates, empty sets and unknown fields', () => {
    expect(() => parseScenarios([{ name: 'a', set: { x: 1 } }, { name: 'a', set: { y: 1 } }])).toThrow(/scenarios\[1\]\.name is a duplicate/);
    expect(() => parseScenarios([{ name: 'a', set: {} }])).toThrow(/must set at least one value/);
    expect(() => parseScenarios([{ name: 'a', sett: {} }])).toThrow(/scenarios\[0\]\.sett is not a known field/);
    expect(() => parseScenarios([{ name: 'a', description: 3, set: { x: 1 } }])).toThrow(/scenarios\[0\]\.description must be a string: got 3/);
    expect(splitScenarios({ name: 's' }).scenarios).toEqual([]);
  });
});
