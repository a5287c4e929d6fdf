import { describe, expect, it } from 'vitest';
import { parseArgs } from '../../src/cli/args.js';
import { integerFlag, SAMPLES_RANGE, SEED_RANGE } from '../../src/cli/numbers.js';
import { InputError } from '../../src/errors/index.js';
import { cli } from './helpers.js';

const thrown = (f: () => unknown): InputError => {
  try {
    f();
  } catch (e) {
    return e as InputError;
  }
  throw new Error('expected an error');
};

describe('flag parsing', () => {
  it('refuses a flag given twice, naming both values', () => {
    const e = thrown(() => parseArgs(['s.json', '--samples', '1000', '--samples', '2000'], ['samples'], []));
    expect(e.path).toBe('--samples');
    expect(e.message).toContain('--samples is given twice (1000, 2000)');
    expect(thrown(() => parseArgs(['--samples=1', '--samples', '2'], ['samples'], [])).message).toContain('given twice (1, 2)');
  });

  it('collects a flag declared repeatable, in order', () => {
    const r = parseArgs(['s.json', '--allow-read', 'a', '--allow-read=b'], ['allow-read'], [], { repeatable: ['allow-read'] });
    expect(r.lists).toEqual({ 'allow-read': ['a', 'b'] });
    expect(r.flags).toEqual({});
  });

  it('refuses an unknown short flag with the long flags it may stand for', () => {
    const e = thrown(() => parseArgs(['s.json', '-s', '1000'], ['samples', 'seed', 'format'], []));
    expect(e.path).toBe('-s');
    expect(e.message).toContain('did you mean --samples or --seed?');
    expect(thrown(() => parseArgs(['-f'], ['format'], [])).fix).toBe('did you mean --format?');
  });

  it('keeps a negative number as a value and "--" as the end of flags', () => {
    expect(parseArgs(['--seed', '-1'], ['seed'], []).flags).toEqual({ seed: '-1' });
    expect(parseArgs(['--', '-odd-name.json'], [], []).positional).toEqual(['-odd-name.json']);
    // node:util reads -1.5 as the short options -1, -. and -5: it stays one positional argument
    expect(parseArgs(['-1.5', '--seed=-2', '-.5'], ['seed'], [])).toEqual({ positional: ['-1.5', '-.5'], flags: { seed: '-2' }, lists: {} });
  });

  it('says a valued flag followed by another flag has no value, and refuses a value on a boolean flag', () => {
    const e = thrown(() => parseArgs(['--format', '--seed', '3'], ['format', 'seed'], []));
    expect(e.path).toBe('--format');
    expect(e.problem).toBe('has no value');
    const b = thrown(() => parseArgs(['--quiet=yes'], [], ['quiet']));
    expect(b.path).toBe('--quiet');
    expect(b.problem).toBe('is not a known flag');
  });
});

describe('integer flags', () => {
  it('calls a negative count out of range and names the range, not "not a whole number"', () => {
    const e = thrown(() => integerFlag('-1', '--samples', undefined, SAMPLES_RANGE));
    expect(e.problem).toBe('is out of range');
    expect(e.received).toBe('-1');
    expect(e.expected).toContain(`[2, ${2 ** 32}]`);
  });

  it('says a fractional seed is not whole and gives the valid range', () => {
    const e = thrown(() => integerFlag('1.5', '--seed', undefined, SEED_RANGE));
    expect(e.problem).toBe('is not a whole number');
    expect(e.expected).toContain(`[0, ${2 ** 32 - 1}]`);
    expect(thrown(() => integerFlag('abc', '--seed', undefined, SEED_RANGE)).problem).toBe('is not a number');
    expect(integerFlag('4294967295', '--seed', undefined, SEED_RANGE)).toBe(2 ** 32 - 1);
    expect(thrown(() => integerFlag('4294967296', '--seed', undefined, SEED_RANGE)).problem).toBe('is out of range');
  });
});

describe('CLI flag messages', () => {
  const study = 'examples/xeon-8468-uncertain.json';
  it('ailca mc -s 1000 says the option is unknown and suggests --samples', async () => {
    const r = await cli('mc', study, '-s', '1000');
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('-s is not a known option');
    // every long flag of mc that starts with s, --shards (the sharded job script) included
    expect(r.stderr).toContain('did you mean --samples or --seed or --shards?');
    expect(r.stderr).not.toContain('usage:');
  });

  it('ailca mc --samples 1000 --samples 2000 is refused', async () => {
    const r = await cli('mc', study, '--samples', '1000', '--samples', '2000');
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('--samples is given twice (1000, 2000)');
  });

  it('ailca sensitivity names --samples, not the internal option path', async () => {
    for (const [method, n] of [['sobol', '3'], ['morris', '1'], ['rank', '2']]) {
      const r = await cli('sensitivity', study, '--method', method, '--samples', n, '--backend', 'js');
      expect(r.code).toBe(2);
      expect(r.stderr).toMatch(/^ailca sensitivity: --samples is out of range/);
      expect(r.stderr).not.toContain('options.');
    }
  });

  it('ailca report names --sobol-samples, not the internal option path', async () => {
    const r = await cli('report', study, '--sobol-samples', '3', '--samples', '1000', '--backend', 'js', '--format', 'json', '--out', '/tmp/ailca-never-written.json');
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('--sobol-samples');
    expect(r.stderr).not.toContain('options.');
  });
});
