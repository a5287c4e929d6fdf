import { describe, expect, it } from 'vitest';
import { cli } from './helpers.js';

describe('ailca datasets', () => {
  it('ailca datasets list names every bundled dataset', async () => {
    const { code, stdout } = await cli('datasets', 'list');
    expect(code).toBe(0);
    for (const name of ['clemm-2024', 'act-2022', 'grid-intensity', 'pue', 'hardware-catalogue']) expect(stdout).toContain(name);
  });
  it('ailca datasets show prints sources and one row by key', async () => {
    const all = await cli('datasets', 'show', 'clemm-2024');
    expect(all.code).toBe(0);
    expect(all.stdout).toMatch(/Towards Green AI/);
    const unknown = await cli('datasets', 'show', 'clem-2024');
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toMatch(/clemm-2024/);
  });
  it('ailca datasets without a subcommand prints usage and exits 2', async () => {
    expect((await cli('datasets')).code).toBe(2);
  });
});
