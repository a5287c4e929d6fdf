import { describe, expect, it } from 'vitest';
import { createJsBackend, MAX_RESULT_BYTES } from '../../../src/mc/backends/index.js';
import { program } from './reference-program.js';

describe('SamplingKernel.run and RowKernel.run validation', () => {
  it('run refuses a bad start, count or seed with InputError naming it', async () => {
    const b = createJsBackend({ threads: 1 });
    const k = await b.compile(program());
    await expect(k.run(-1, 10, 1)).rejects.toMatchObject({ path: 'start' });
    await expect(k.run(0, 10.5, 1)).rejects.toMatchObject({ path: 'count' });
    await expect(k.run(0, 10, 2 ** 32)).rejects.toMatchObject({ path: 'seed' });
    await expect(k.run(2 ** 32 - 5, 10, 1)).rejects.toMatchObject({ path: 'count', message: expect.stringMatching(/runs past the last sample index/) });
    // 3 outputs × 8 bytes: 2^31 / 24 = 89 478 485.33 samples fit in 2 GiB
    await expect(k.run(0, Math.floor(MAX_RESULT_BYTES / 24) + 1, 1)).rejects.toMatchObject({ path: 'count', message: expect.stringMatching(/at most 89478485 samples/) });
    expect((await k.run(0, 0, 1))[0].length).toBe(0);
    await b.dispose();
  });

  it('RowKernel.run refuses rows that are not a typed array, have a partial row or hold NaN', async () => {
    const b = createJsBackend({ threads: 1 });
    const k = await b.compile(program(), { mode: 'given' });
    expect(k.rowWidth).toBe(5);
    await expect(k.run([0.5, 0.5, 0.5, 0.5, 0.5] as never)).rejects.toMatchObject({ path: 'rows' });
    await expect(k.run(new Float64Array(7))).rejects.toMatchObject({ path: 'rows.length' });
    const rows = new Float64Array(10).fill(0.5);
    rows[7] = NaN;
    await expect(k.run(rows)).rejects.toMatchObject({ path: 'rows[7]', message: expect.stringMatching(/row 1, column 2/) });
    await b.dispose();
  });

  it('run after dispose says the kernel was disposed', async () => {
    const b = createJsBackend({ threads: 1 });
    const k = await b.compile(program());
    k.dispose();
    await expect(k.run(0, 1, 1)).rejects.toThrow(/disposed/);
    await b.dispose();
  });
});
