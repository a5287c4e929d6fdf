import { describe, expect, it } from 'vitest';
import { createJsBackend } from '../../../src/mc/backends/index.js';
import { pcgStream } from '../../../src/mc/random/index.js';
import { OUTPUTS_6, program } from './reference-program.js';

describe('createJsBackend', () => {
  it('createJsBackend gives the same samples with 1, 2 and 3 threads', async () => {
    const results = [];
    for (const threads of [1, 2, 3]) {
      const b = createJsBackend({ threads, minSamplesPerThread: 100 });
      const k = await b.compile(program(OUTPUTS_6));
      results.push(await k.run(77, 10001, 9));
      const given = await b.compile(program(OUTPUTS_6), { mode: 'given' });
      const rows = new Float64Array(5 * 999).map((_, i) => ((i * 0.6180339887) % 1));
      results.push(await given.run(rows));
      await b.dispose();
    }
    for (let t = 2; t < results.length; t++) {
      for (let j = 0; j < 6; j++) expect(Array.from(results[t][j])).toEqual(Array.from(results[t % 2][j]));
    }
  });

  it('createJsBackend draws exactly the PCG port: y = u1 + 2·u2 by hand', async () => {
    const b = createJsBackend({ threads: 1 });
    const k = await b.compile({ statements: 'const y = Math.random() + 2.0 * Math.random();', outputs: ['y'], uniformsPerSample: 2 });
    const [y] = await k.run(4294967290, 5, 4294967295);
    for (let i = 0; i < 5; i++) {
      const s = pcgStream(4294967295, 4294967290 + i);
      const u1 = s();
      const u2 = s();
      expect(y[i]).toBe(u1 + 2 * u2);
    }
    await b.dispose();
  });

  it('createJsBackend compile reports a name the statements never declare as InputError on program.statements', async () => {
    const b = createJsBackend({ threads: 1 });
    await expect(b.compile({ statements: 'const y = x * Math.random();', outputs: ['y'], uniformsPerSample: 1 })).rejects.toMatchObject({
      path: 'program.statements',
      message: expect.stringMatching(/x is not defined/),
    });
    await b.dispose();
  });

  it('createJsBackend refuses a bad thread count', () => {
    expect(() => createJsBackend({ threads: 0 })).toThrow(/options.threads/);
  });
});
