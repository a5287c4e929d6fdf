/**
 * Cost of impact categories: Monte Carlo throughput of a study in one
 * category (climate) against the same study in four (climate, water, ADPe,
 * PE), measured in the same run on each backend (issue 12's target: four
 * categories at most 2× the per-sample cost of one on the fastest backend).
 *
 *   npx tsx bench/categories.ts [--samples 4e6] [--backends js,webgpu] [--repeats 3]
 *
 * Study: examples/dell-r740-boavizta.json (climate, ADPe, PE factors from
 * BoaviztAPI), with water factors added to every part so that all four
 * categories are covered (hypothetical values: the cost, not the water, is
 * measured here). Two output sets are timed: each category's functional
 * unit only (what a user asking for one figure per category pays), four
 * outputs on both sides (what the categories cost beyond the outputs they
 * add), and the default outputs (12 figures per category, what `ailca mc`
 * reports). Last, the kernel alone on the default outputs (each distinct sampled
 * output computed and handed over, no statistics): the floor under the
 * default row's ratio, whatever the reduction costs.
 */
import { readFileSync } from 'node:fs';
import { cpus } from 'node:os';
import { buildProgram, createBackend, runMonteCarlo, sameOutputs, type BackendRequest } from '../src/mc/index.js';
import { compileStudy, defineStudy } from '../src/study/index.js';
import type { Study } from '../src/system/index.js';

const arg = (name: string, fallback: string) => {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? process.argv[i + 1] : fallback;
};
const samples = Number(arg('samples', '4e6'));
const backends = arg('backends', 'js,webgpu').split(',') as BackendRequest[];
const repeats = Number(arg('repeats', '3'));

type Raw = Record<string, unknown>;
const raw = JSON.parse(readFileSync('examples/dell-r740-boavizta.json', 'utf8')) as Raw;
const water = (o: Raw, field: string, value: string): Raw => ({ ...o, impacts: { ...(o.impacts as Raw), water: { [field]: value } } });
function fourCategories(): Raw {
  const server = (raw.servers as Raw[])[0];
  const components = (server.components as Raw[]).map((c) =>
    c.type === 'ic' ? { ...c, impacts: { ...(c.impacts as Raw), water: { factor: '10 L/cm2', packaging: '5 L' } } } : c.mass !== undefined ? water(c, 'massFactor', '2 L/kg') : water(c, 'perUnit', '20 L'),
  );
  const cloud = raw.cloud as Raw;
  return { ...raw, categories: 'all', servers: [{ ...server, components }], cloud: { ...cloud, wue: '0.5 L/kWh', impacts: { ...(cloud.impacts as Raw), water: { gridIntensity: '2 L/kWh' } } } };
}
const one = defineStudy({ ...raw, categories: undefined });
const four = defineStudy(fourCategories());

async function rate(study: Study, backend: BackendRequest, outputs: string[] | undefined): Promise<{ rate: number; outputs: number; description: string }> {
  let best = 0;
  let n = 0;
  let description = '';
  for (let r = 0; r < repeats; r += 1) {
    const t = performance.now();
    const res = await runMonteCarlo(study, { samples, seed: 1 + r, backend, ...(outputs ? { outputs } : {}) });
    best = Math.max(best, samples / ((performance.now() - t) / 1000));
    n = res.outputs.length;
    description = res.provenance.backend;
  }
  return { rate: best, outputs: n, description };
}

console.log(`machine: ${cpus().length} × ${cpus()[0]?.model}; node ${process.version}; ${new Date().toISOString()}; N = ${samples}, best of ${repeats}`);
console.log('| backend | outputs | 1 category: outputs, M samples/s | 4 categories: outputs, M samples/s | cost per sample, 4 ÷ 1 |');
console.log('| --- | --- | --- | --- | --- |');
for (const b of backends) {
  for (const [label, o1, o4] of [
    ['functional unit per category', ['functionalUnit'], ['functionalUnit', 'water.functionalUnit', 'adpe.functionalUnit', 'pe.functionalUnit']],
    // the same number of outputs on both sides: what the categories cost beyond the outputs they add
    ['4 outputs on both sides', ['functionalUnit', 'annualized.embodied', 'operational.annual', 'embodied.total'], ['functionalUnit', 'water.functionalUnit', 'adpe.functionalUnit', 'pe.functionalUnit']],
    ['default', undefined, undefined],
  ] as const) {
    try {
      const r1 = await rate(one, b, o1 ? [...o1] : undefined);
      const r4 = await rate(four, b, o4 ? [...o4] : undefined);
      console.log(`| ${r1.description} | ${label} | ${r1.outputs}, ${(r1.rate / 1e6).toFixed(2)} | ${r4.outputs}, ${(r4.rate / 1e6).toFixed(2)} | ${(r1.rate / r4.rate).toFixed(2)} |`);
    } catch (e) {
      console.log(`| ${b} | ${label} | failed: ${(e as Error).message.split('\n')[0]} | | |`);
    }
  }
}

// The floor of the default row: the kernel alone computing the default outputs (each distinct
// computation once, as runMonteCarlo samples them), with no statistics at all. Whatever the
// reduction costs comes on top, so the default row's ratio cannot fall below this one's.
async function generationRate(study: Study, backend: BackendRequest): Promise<{ rate: number; columns: number; description: string }> {
  const model = compileStudy(study);
  const small = await runMonteCarlo(study, { samples: 1000, seed: 1, backend: 'js' });
  const { distinct } = sameOutputs(model, small.outputs.filter((o) => !o.constant).map((o) => o.key));
  const b = await createBackend(backend, { outputs: distinct.length });
  const kernel = await b.compile(buildProgram(model, distinct).program);
  const chunk = 2 ** 18;
  let best = 0;
  try {
    await kernel.run(0, chunk, 1);
    for (let r = 0; r < repeats; r += 1) {
      const t = performance.now();
      let free: Float64Array[] | Float32Array[] | undefined;
      for (let at = 0; at < samples; at += chunk) free = await kernel.run(at, Math.min(chunk, samples - at), 1 + r, free);
      best = Math.max(best, samples / ((performance.now() - t) / 1000));
    }
  } finally {
    kernel.dispose();
    await b.dispose();
  }
  return { rate: best, columns: distinct.length, description: b.description };
}
console.log('');
console.log('Default outputs, the kernel alone (every distinct sampled output computed and handed over, no statistics):');
console.log('| backend | 1 category: columns, M samples/s | 4 categories: columns, M samples/s | cost per sample, 4 ÷ 1 |');
console.log('| --- | --- | --- | --- |');
for (const b of backends) {
  try {
    const g1 = await generationRate(one, b);
    const g4 = await generationRate(four, b);
    console.log(`| ${b} | ${g1.columns}, ${(g1.rate / 1e6).toFixed(2)} | ${g4.columns}, ${(g4.rate / 1e6).toFixed(2)} | ${(g1.rate / g4.rate).toFixed(2)} |`);
  } catch (e) {
    console.log(`| ${b} | failed: ${(e as Error).message.split('\n')[0]} | | |`);
  }
}
