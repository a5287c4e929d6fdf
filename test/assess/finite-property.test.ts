import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { assess, NonFiniteResultError } from '../../src/assess/index.js';
import { InputError } from '../../src/errors/index.js';
import { defineStudy } from '../../src/study/index.js';

/** Every number in a value, with its JSON path; an UndefinedRatio's `value: null` is allowed only beside its reason. */
function numbersOf(value: unknown, path = '$', out: { path: string; value: unknown }[] = []): { path: string; value: unknown }[] {
  if (typeof value === 'number') out.push({ path, value });
  else if (value === null) out.push({ path, value });
  else if (Array.isArray(value)) value.forEach((v, i) => numbersOf(v, `${path}[${i}]`, out));
  else if (typeof value === 'object') {
    const o = value as Record<string, unknown>;
    for (const [k, v] of Object.entries(o)) if (!(k === 'value' && v === null && typeof o.undefinedReason === 'string')) numbersOf(v, `${path}.${k}`, out);
  }
  return out;
}

interface Draw {
  readonly lifetime: number;
  readonly count: number;
  readonly dieArea: number;
  readonly factor: number;
  readonly dies: number;
  readonly active: number;
  readonly idle: number;
  readonly utilization: number;
  readonly grid: number;
  readonly pue: number;
}

const study = (d: Draw): unknown => ({
  name: 'generated',
  servers: [{ name: 'box', lifetime: `${d.lifetime} years`, count: d.count,
    components: [{ type: 'ic', name: 'die', technology: 'logic', dieArea: `${d.dieArea} cm2`, factor: `${d.factor} kgCO2e/cm2`, count: d.dies }],
    // idle is drawn as a share of active in the plausible runs: an idle draw above the active one is refused
    power: { active: `${d.active} W`, idle: `${d.idle} W` } }],
  workload: { utilization: d.utilization },
  cloud: { gridIntensity: `${d.grid} kg/kWh`, pue: d.pue },
});

const real = (min: number, max: number) => fc.double({ min, max, noNaN: true, noDefaultInfinity: true });

/** Plausible values: lifetimes of months to decades, dies up to 10 cm², up to 10,000 servers, 0–5,000 W, PUE 1–3. */
const plausible = fc.record({
  lifetime: real(0.1, 30),
  count: fc.integer({ min: 1, max: 10_000 }),
  dieArea: real(0.01, 10),
  factor: real(0.01, 10),
  dies: fc.integer({ min: 1, max: 2048 }),
  active: real(0, 5000),
  idleShare: real(0, 1),
  utilization: real(0, 1),
  grid: real(0, 2),
  pue: real(1, 3),
}).map(({ idleShare, ...d }) => ({ ...d, idle: d.active * idleShare }));

/** Each field either plausible or extreme: subnormal, tiny, huge, or the largest double. */
const extreme = (min: number, max: number) => fc.oneof(real(min, max), fc.constantFrom(5e-324, 1e-300, 1e-200, 1e200, 1e300, 1.7976931348623157e308));
const extremeCount = fc.oneof(fc.integer({ min: 1, max: 100 }), fc.constantFrom(1e100, 1e200, 1e300));
const wild = fc.record({
  lifetime: extreme(0.1, 30),
  count: extremeCount,
  dieArea: extreme(0.01, 10),
  factor: extreme(0.01, 10),
  dies: extremeCount,
  active: extreme(0, 5000),
  idle: extreme(0, 5000),
  utilization: real(0, 1),
  grid: extreme(0, 2),
  pue: extreme(1, 3),
});

const PATHS = ['servers[0].lifetime', 'servers[0].count', 'servers[0].components[0].dieArea', 'servers[0].components[0].factor', 'servers[0].components[0].count', 'servers[0].power.active', 'servers[0].power.idle', 'workload.utilization', 'cloud.gridIntensity', 'cloud.pue'];

describe('assess: every output is a finite number, or the input is refused (issue 16)', () => {
  it('plausible server studies: every number in the result is finite', () => {
    fc.assert(
      fc.property(plausible, (d) => {
        const r = assess(defineStudy(study(d)));
        const bad = numbersOf(r).filter((n) => typeof n.value !== 'number' || !Number.isFinite(n.value));
        expect(bad).toEqual([]);
      }),
      { numRuns: 200, seed: 16 },
    );
  });

  it('extreme values: a finite result, or a typed error naming a study input, never NaN, Infinity or null in the output', () => {
    fc.assert(
      fc.property(wild, (d) => {
        let r;
        try {
          r = assess(defineStudy(study(d)));
        } catch (e) {
          expect(e).toBeInstanceOf(InputError);
          const named = e instanceof NonFiniteResultError ? e.paths : [(e as InputError).path];
          expect(named.length).toBeGreaterThan(0);
          for (const p of named) expect(PATHS.some((q) => p.startsWith(q))).toBe(true);
          return;
        }
        const bad = numbersOf(r).filter((n) => typeof n.value !== 'number' || !Number.isFinite(n.value));
        expect(bad).toEqual([]);
        expect(JSON.stringify(r)).not.toMatch(/null(?!,"undefinedReason")/);
      }),
      { numRuns: 300, seed: 16 },
    );
  });
});
