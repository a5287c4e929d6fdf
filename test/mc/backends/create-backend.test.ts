import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { InputError } from '../../../src/errors/index.js';
import { createBackend, type Backend, type RowKernel, type SamplingKernel } from '../../../src/mc/backends/index.js';
import { pcgUniforms } from '../../../src/mc/random/index.js';
import { BACKEND_CASES, tryBackend } from './backend-fixture.js';
import { DRAWS, OUTPUTS_3, OUTPUTS_6, program, reference } from './reference-program.js';

const SEED = 20261123;

function concat(a: Float32Array | Float64Array, b: Float32Array | Float64Array): number[] {
  return [...Array.from(a), ...Array.from(b)];
}

describe.each(BACKEND_CASES)('createBackend($label)', ({ name, options, tolerance, label }) => {
  let backend: Backend | undefined;
  let skip: string | undefined;
  let k3: SamplingKernel;
  let k6: SamplingKernel;
  let rows6: RowKernel;

  beforeAll(async () => {
    ({ backend, skip } = await tryBackend(name, options));
    if (!backend) return;
    k3 = await backend.compile(program(OUTPUTS_3));
    k6 = await backend.compile(program(OUTPUTS_6));
    rows6 = await backend.compile(program(OUTPUTS_6), { mode: 'given' });
  });
  afterAll(async () => {
    await backend?.dispose();
  });

  it(`createBackend(${label}) reports its name and precision`, (ctx) => {
    if (!backend) return ctx.skip(skip);
    expect(backend.name).toBe(name);
    expect(backend.precision).toBe(name === 'js' ? 'float64' : 'float32');
    expect(backend.description.length).toBeGreaterThan(10);
  });

  it(`run agrees sample by sample with the float64 reference on the PCG uniforms (${label})`, async (ctx) => {
    if (!backend) return ctx.skip(skip);
    // 70 000 samples: above the js and webasm thresholds for worker threads
    const start = 12345;
    const n = 70000;
    const cols = await k6.run(start, n, SEED);
    const u = pcgUniforms(SEED, start, n, DRAWS);
    expect(cols.length).toBe(6);
    let worst = 0;
    for (let i = 0; i < n; i++) {
      const r = reference(u, i * DRAWS);
      OUTPUTS_6.forEach((o, j) => {
        const e = Math.abs(cols[j][i] - r[o]) / Math.abs(r[o]);
        if (!(e <= worst)) worst = e; // NaN fails below
      });
    }
    expect(worst).toBeLessThan(tolerance);
  });

  it(`run gives the same samples for 3 and 6 outputs: the 4 + 2 kernel groups draw one stream (${label})`, async (ctx) => {
    if (!backend) return ctx.skip(skip);
    const a = await k3.run(500, 2000, SEED);
    const b = await k6.run(500, 2000, SEED);
    for (let j = 0; j < 3; j++) expect(Array.from(b[j])).toEqual(Array.from(a[j]));
  });

  it(`run(0, 10000) equals run(0, 3000) ++ run(3000, 7000) and run(0, 2999) ++ run(2999, 7001) exactly (${label})`, async (ctx) => {
    if (!backend) return ctx.skip(skip);
    const whole = await k6.run(0, 10000, SEED);
    for (const cut of [3000, 2999]) {
      const head = await k6.run(0, cut, SEED);
      const tail = await k6.run(cut, 10000 - cut, SEED);
      for (let j = 0; j < 6; j++) expect(concat(head[j], tail[j])).toEqual(Array.from(whole[j]));
    }
  });

  it(`run repeats with the same seed and differs with another (${label})`, async (ctx) => {
    if (!backend) return ctx.skip(skip);
    const a = await k3.run(0, 1000, 1);
    const b = await k3.run(0, 1000, 1);
    const c = await k3.run(0, 1000, 2);
    expect(Array.from(b[2])).toEqual(Array.from(a[2]));
    const same = Array.from(a[2]).filter((v, i) => v === c[2][i]).length;
    expect(same).toBeLessThan(5);
  });

  it(`runs launched together on one kernel give the same samples as one at a time (${label})`, async (ctx) => {
    if (!backend) return ctx.skip(skip);
    const [x, y] = await Promise.all([k3.run(0, 5000, SEED), k3.run(5000, 5000, SEED)]);
    const whole = await k3.run(0, 10000, SEED);
    expect(concat(x[0], y[0])).toEqual(Array.from(whole[0]));
  });

  it(`given mode on the PCG uniforms reproduces random mode exactly (${label})`, async (ctx) => {
    if (!backend) return ctx.skip(skip);
    const n = 70000;
    const u = pcgUniforms(SEED, 0, n, DRAWS);
    const given = await rows6.run(u);
    const random = await k6.run(0, n, SEED);
    for (let j = 0; j < 6; j++) expect(Array.from(given[j])).toEqual(Array.from(random[j]));
  });

  it(`given mode agrees with the js backend on design rows (${label})`, async (ctx) => {
    if (!backend) return ctx.skip(skip);
    // a grid design: the 5 columns at (i + 0.5)/n shifted per column, n = 4096
    const n = 4096;
    const rows = new Float64Array(n * DRAWS);
    for (let i = 0; i < n; i++) for (let j = 0; j < DRAWS; j++) rows[i * DRAWS + j] = ((i * (2 * j + 1) + 0.5) % n) / n;
    const js = await createBackend('js', { threads: 1 });
    const expected = await (await js.compile(program(OUTPUTS_6), { mode: 'given' })).run(rows);
    await js.dispose();
    const got = await rows6.run(rows);
    for (let j = 0; j < 6; j++) {
      for (let i = 0; i < n; i++) expect(Math.abs(got[j][i] - expected[j][i]) / Math.abs(expected[j][i])).toBeLessThan(tolerance);
    }
  });

  it(`compile refuses statements that do not compile with InputError on program.statements (${label})`, async (ctx) => {
    if (!backend) return ctx.skip(skip);
    const bad = { statements: 'const y = 2.0 * Math.random(); const z = y +* 1.0;', outputs: ['z'], uniformsPerSample: 1 };
    await expect(backend.compile(bad)).rejects.toMatchObject({ name: 'InputError', path: 'program.statements' });
  });
});

describe('createBackend names', () => {
  it('createBackend refuses an unknown name with InputError naming backend, the value and the valid names', async () => {
    const err = await createBackend('gpu' as never).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(InputError);
    expect(err).toMatchObject({ path: 'backend', received: 'gpu' });
    expect((err as InputError).message).toContain("'auto', 'webgpu', 'webasm', 'cpu', 'js'");
    await expect(createBackend(undefined as never)).rejects.toMatchObject({ path: 'backend' });
  });

  it('createBackend refuses bad options', async () => {
    await expect(createBackend('js', { threads: 0 })).rejects.toMatchObject({ path: 'options.threads' });
    await expect(createBackend('webasm', { chunkSize: 1.5 })).rejects.toMatchObject({ path: 'options.chunkSize' });
    await expect(createBackend('auto', { outputs: '3' as unknown as number })).rejects.toMatchObject({ path: 'options.outputs' });
    await expect(createBackend('auto', { outputs: 2.5 })).rejects.toMatchObject({ path: 'options.outputs' });
  });

  it('createBackend(auto) says which backend runs and why', async () => {
    const b = await createBackend('auto', { threads: 1 });
    try {
      expect(['webgpu', 'js']).toContain(b.name);
      if (b.name === 'js') expect(b.description).toMatch(/auto chose js: /);
      const k = await b.compile(program());
      const [op] = await k.run(0, 10, SEED);
      expect(op.length).toBe(10);
    } finally {
      await b.dispose();
    }
  });

  it('createBackend(webasm) with a small chunkSize gives the samples of the default chunking', async () => {
    const small = await createBackend('webasm', { chunkSize: 1000 });
    const big = await createBackend('webasm');
    try {
      const a = await (await small.compile(program())).run(100, 4321, SEED);
      const b = await (await big.compile(program())).run(100, 4321, SEED);
      expect(Array.from(a[2])).toEqual(Array.from(b[2]));
    } finally {
      await small.dispose();
      await big.dispose();
    }
  });
});

describe('RowKernel.run in chunks', () => {
  it('RowKernel.run with Float32Array rows over several chunks equals the js backend on the same rows', async () => {
    const n = 2500;
    const rows = new Float32Array(n * 5);
    for (let i = 0; i < rows.length; i++) rows[i] = ((i * 0.7548776662) % 1) * 0.999; // additive recurrence (plastic number), in [0, 0.999)
    const js = await createBackend('js', { threads: 1 });
    const expected = await (await js.compile(program(), { mode: 'given' })).run(rows);
    await js.dispose();
    for (const name of ['webasm', 'cpu'] as const) {
      const b = await createBackend(name, { chunkSize: 1000, threads: 1 });
      const got = await (await b.compile(program(), { mode: 'given' })).run(rows);
      for (let j = 0; j < 3; j++) {
        for (let i = 0; i < n; i++) expect(Math.abs(got[j][i] - expected[j][i]) / expected[j][i]).toBeLessThan(1e-5);
      }
      await b.dispose();
    }
  });

  it('kernel.dispose() then backend.dispose() without awaiting in between releases cleanly', async () => {
    const b = await createBackend('webasm', { threads: 1 });
    const k = await b.compile(program());
    const pending = k.run(0, 5000, 1);
    k.dispose();
    await b.dispose();
    await expect(pending).resolves.toHaveLength(3);
  });
});
