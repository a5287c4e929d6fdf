import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { runCli } from '../../src/cli/run-cli.js';
import * as ds from '../../src/datasets/index.js';
import { parseDistribution } from '../../src/distributions/index.js';
import { AilcaError, InputError } from '../../src/errors/index.js';
import { applyScenario, splitScenarios } from '../../src/scenarios/index.js';
import { morris, problemFromFunction } from '../../src/sensitivity/index.js';
import { defineStudy } from '../../src/study/index.js';
import { parseQuantity } from '../../src/units/index.js';
import { combineLevers, leverScenario } from '../../src/workloads/index.js';

// Names every plain object answers through its prototype: a lookup `table[name]` or `name in table`
// finds them although no one wrote them.
const PROTO = ['__proto__', 'constructor', 'toString', 'valueOf', 'hasOwnProperty', 'isPrototypeOf', '__defineGetter__'];
const example = (f: string): Record<string, any> => {
  const { scenarios: _, ...study } = JSON.parse(readFileSync(`examples/${f}`, 'utf8'));
  return study;
};
/** A key as JSON would give it: an own property even for __proto__. */
const own = (key: string, value: unknown): Record<string, unknown> => JSON.parse(`{${JSON.stringify(key)}: ${JSON.stringify(value)}}`);

/** Each user-keyed field of a study: the example it is set in, the path the error names, and how to set the field. */
const FIELDS: readonly [string, string, (o: Record<string, any>, v: string) => void][] = [
  ['xeon-8468.json', 'functionalUnit', (o, v) => (o.functionalUnit = v)],
  ['xeon-8468.json', 'functionalUnit', (o, v) => (o.functionalUnit = `1000 ${v}`)],
  ['xeon-8468.json', 'functionalUnit.per', (o, v) => (o.functionalUnit = { per: v })],
  ['xeon-8468.json', 'servers[0].components[0].factor', (o, v) => (o.factors.method = v)],
  ['xeon-8468.json', 'cloud.location', (o, v) => (o.cloud = { location: v, year: 2022, pue: 1.2 })],
  ['xeon-8468.json', 'cloud.pue', (o, v) => (o.cloud.pue = v)],
  ['xeon-8468.json', 'cloud.pue', (o, v) => (o.cloud.pue = `1.2 ${v}`)],
  ['xeon-8468.json', 'servers[0].components[0].type', (o, v) => (o.servers[0].components[0].type = v)],
  ['xeon-8468.json', 'servers[0].components[0].technology', (o, v) => (o.servers[0].components[0].technology = v)],
  ['xeon-8468.json', 'servers[0].components[0].process', (o, v) => (o.servers[0].components[0].process = v)],
  ['xeon-8468.json', 'servers[0].components[0].dieArea', (o, v) => (o.servers[0].components[0].dieArea = `8 ${v}`)],
  ['xeon-8468.json', 'servers[0].lifetime', (o, v) => (o.servers[0].lifetime = `5 ${v}`)],
  ['xeon-8468.json', 'servers[0].lifetime', (o, v) => (o.servers[0].lifetime = { dist: v, min: '4 years', max: '6 years' })],
  ['xeon-8468.json', 'servers[0].lifetime', (o, v) => (o.servers[0].lifetime = { value: '5 years', ...own(v, 1) })],
  ['xeon-8468.json', 'study.', (o, v) => Object.defineProperty(o, v, { value: 1, enumerable: true })],
  ['h100-server.json', 'servers[0].components[0].catalogue', (o, v) => (o.servers[0].components[0].catalogue = v)],
  ['llm-serving-year.json', 'model.jobs[0].phase', (o, v) => (o.model.jobs[0].phase = v)],
  ['llm-serving-year.json', 'model.jobs[0].accelerator.catalogue', (o, v) => (o.model.jobs[0].accelerator.catalogue = v)],
  ['llm-serving-year.json', 'model.jobs[0].allocation.rule', (o, v) => (o.model.jobs[0].allocation.rule = v)],
  ['llm-serving-year.json', 'servers[0].power.active[0].catalogue', (o, v) => (o.servers[0].power.active[0].catalogue = v)],
  ['xeon-8468-uncertain.json', 'cloud.gridIntensity', (o, v) => (o.cloud.gridIntensity = { shared: v })],
  ['xeon-8468-uncertain.json', 'correlations[0].a', (o, v) => (o.correlations = [{ a: v, b: 'servers[0].lifetime', rank: 0.5 }])],
];

function outcome(f: () => unknown): unknown {
  try {
    return f();
  } catch (e) {
    return e;
  }
}

describe('names that every object inherits are not found in lookup tables', () => {
  it.each(FIELDS.flatMap(([file, path, set]) => PROTO.map((v) => [path, v, file, set] as const)))('%s = %j is refused with a typed error', (path, v, file, set) => {
    const raw = example(file);
    set(raw, v);
    const e = outcome(() => defineStudy(raw));
    expect(e).toBeInstanceOf(AilcaError);
    expect((e as Error).message.startsWith(path)).toBe(true);
  });

  const lookups: readonly [string, (v: string) => unknown][] = [
    ['lookupGridIntensity location', (v) => ds.lookupGridIntensity({ location: v, year: 2022 })],
    ['lookupGridIntensity dataset', (v) => ds.lookupGridIntensity({ location: 'DE', year: 2022, dataset: v })],
    ['lookupIcFactor technology', (v) => ds.lookupIcFactor({ technology: v as ds.IcTechnology, process: 'Intel 7' })],
    ['lookupIcFactor process', (v) => ds.lookupIcFactor({ technology: 'logic', process: v })],
    ['lookupIcFactor method', (v) => ds.lookupIcFactor({ technology: 'logic', process: 'Intel 7', method: v })],
    ['lookupCatalogue', (v) => ds.lookupCatalogue(v)],
    ['lookupMaterialFactor', (v) => ds.lookupMaterialFactor(v)],
    ['lookupPartFactor', (v) => ds.lookupPartFactor(v)],
    ['lookupParameter', (v) => ds.lookupParameter(v)],
    ['describeDataset', (v) => ds.describeDataset(v)],
    ['describeDataset key', (v) => ds.describeDataset('clemm-2024', v)],
    ['parseDistribution family', (v) => parseDistribution({ dist: v, min: 1, max: 2 }, 'x')],
    ['parseQuantity unit', (v) => parseQuantity(`1 ${v}`, 'lifetime', 'x')],
    ['parseQuantity kind', (v) => parseQuantity('1 year', v as never, 'x')],
    ['leverScenario', (v) => leverScenario(example('llm-serving-year.json'), v as never)],
    ['applyScenario path', (v) => applyScenario(example('xeon-8468.json'), { name: 's', set: own(`cloud.${v}.x`, 1) })],
  ];

  it.each(lookups)('%s: any name, prototype ones included, is found or refused with an AilcaError', (_, lookup) => {
    fc.assert(
      fc.property(fc.oneof(fc.constantFrom(...PROTO), fc.string({ maxLength: 12 })), (v) => {
        const r = outcome(() => lookup(v));
        if (r instanceof Error) {
          expect(r).toBeInstanceOf(AilcaError);
          // a suggestion or label looked up by the name must not be an inherited member either
          expect(r.message).not.toMatch(/\[object Object\]|\[native code\]|written undefined/);
        } else expect(typeof r).not.toBe('function');
      }),
      { numRuns: 40, seed: 16 },
    );
    for (const v of PROTO) expect(outcome(() => lookup(v))).toBeInstanceOf(AilcaError);
  });

  it('free-text names (scenarios, shared draws) keep the name as written, prototype names included', () => {
    for (const v of PROTO) {
      const raw = example('xeon-8468.json');
      raw.shared = own(v, { value: 0.3 });
      raw.cloud.gridIntensity = { shared: v };
      expect(defineStudy(raw).cloud.gridIntensity.value).toBe(0.3);
    }
    for (const v of PROTO) {
      const { scenarios } = splitScenarios({ ...example('xeon-8468.json'), scenarios: [{ name: v, set: { 'cloud.pue': 1.5 } }] });
      expect(scenarios.map((s) => s.name)).toEqual([v]);
    }
    // two levers that both set a field named like a prototype member still collide as two writes
    const a = { name: 'a', set: own('toString', 1) };
    expect(outcome(() => combineLevers('ab', [a, { name: 'b', set: own('toString', 2) }]))).toBeInstanceOf(InputError);
    expect(Object.getPrototypeOf(combineLevers('a', [{ name: 'a', set: own('__proto__', { polluted: true }) }]).set)).toBe(Object.prototype);
  });

  it('sensitivity results keyed by input names: __proto__ is refused, other prototype names are plain keys', async () => {
    const input = (name: string) => ({ name, ppf: (u: number) => 2 * u });
    expect(outcome(() => problemFromFunction([input('__proto__'), input('b')], (x) => x.b))).toBeInstanceOf(InputError);
    // y = 3·constructor + b with both inputs ~ U(0, 2): elementary effects 3·2 = 6 and 1·2 = 2, exactly
    const p = problemFromFunction([input('constructor'), input('b')], (x) => 3 * (x.constructor as unknown as number) + (x.b));
    const m = await morris(p, { r: 4, seed: 1 });
    expect(Object.hasOwn(m.outputs.y.stats, 'constructor')).toBe(true);
    const stats = new Map(Object.entries(m.outputs.y.stats));
    expect(stats.get('constructor')!.muStar).toBeCloseTo(6, 9);
    expect(stats.get('b')!.muStar).toBeCloseTo(2, 9);
  });

  it('the CLI refuses prototype names as commands, flags, subcommands and flag values with exit 2', async () => {
    let err = '';
    const io = { stdout: () => undefined, stderr: (t: string) => void (err += t), interactive: false };
    for (const v of PROTO) {
      for (const argv of [[v], ['assess', `--${v}`], ['datasets', v], ['datasets', 'show', v], ['scenarios', 'examples/xeon-8468.json', '--levers', v], ['sensitivity', 'examples/xeon-8468.json', '--method', v], ['assess', 'examples/xeon-8468.json', '--format', v]]) {
        err = '';
        expect(await runCli(argv, io)).toBe(2);
        expect(err).not.toMatch(/\n\s+at /); // no stack trace
      }
    }
  });
});
