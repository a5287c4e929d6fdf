import { describe, expect, it } from 'vitest';
import { choice, parseArgs } from '../../src/cli/args.js';
import { formatFixed } from '../../src/cli/format-number.js';
import { renderTable } from '../../src/cli/render-table.js';

describe('cli helpers', () => {
  it('parseArgs reads positional, valued and boolean flags', () => {
    expect(parseArgs(['s.json', '--format', 'json', '--seed=3', '--quiet'], ['format', 'seed'], ['quiet'])).toEqual({
      positional: ['s.json'],
      flags: { format: 'json', seed: '3', quiet: true },
      lists: {},
    });
    expect(() => parseArgs(['--format'], ['format'], [])).toThrow(/--format has no value/);
  });
  it('choice accepts listed words only', () => {
    expect(choice({ format: 'json' }, 'format', ['table', 'json'], 'table')).toBe('json');
    expect(choice({}, 'format', ['table', 'json'], 'table')).toBe('table');
    expect(() => choice({ format: 'x' }, 'format', ['table', 'json'], 'table')).toThrow(/one of table, json/);
  });
  it('formatFixed adds separators and fixed decimals', () => {
    expect(formatFixed(1633.74)).toBe('1,633.74');
    expect(formatFixed(0.874, 3)).toBe('0.874');
  });
  it('renderTable aligns columns', () => {
    expect(renderTable([['a', '1'], ['bb', '22']], [1])).toBe('a    1\nbb  22');
  });
});

describe('ailca COMMAND --help', () => {
  it('prints the command usage and exits 0', async () => {
    const { cli } = await import('./helpers.js');
    for (const c of ['assess', 'mc', 'merge', 'sensitivity', 'report', 'datasets']) {
      const r = await cli(c, '--help');
      expect(r.code).toBe(0);
      expect(r.stdout).toMatch(new RegExp(`^usage: ailca ${c}`));
    }
  });
});
