import { describe, expect, it } from 'vitest';
import { checkSeed, MAX_SEED } from '../../src/random/index.js';
import { InputError } from '../../src/errors/index.js';

describe('checkSeed', () => {
  it('checkSeed accepts integers in [0, 2^32 - 1]', () => {
    expect(checkSeed(0, 'seed')).toBe(0);
    expect(checkSeed(42, 'study.seed')).toBe(42);
    expect(checkSeed(4294967295, 'seed')).toBe(4294967295); // 2^32 - 1
    expect(MAX_SEED).toBe(2 ** 32 - 1);
  });

  // The bad seeds of docs "bad inputs": 1.5, NaN, 2**53; plus negatives, strings, 2^32.
  const bad: ReadonlyArray<[unknown, RegExp]> = [
    [1.5, /study\.seed is out of range: got 1\.5; expected an integer in \[0, 4294967295\]/],
    [Number.NaN, /study\.seed must be finite: got NaN/],
    [2 ** 53, /study\.seed is out of range: got 9007199254740992/],
    [2 ** 32, /study\.seed is out of range: got 4294967296/],
    [-1, /study\.seed is out of range: got -1/],
    ['42', /study\.seed must be a number: got "42"/],
    [Number.POSITIVE_INFINITY, /study\.seed must be finite: got Infinity/],
    [undefined, /study\.seed must be a number: got undefined/],
  ];
  for (const [value, message] of bad) {
    it(`checkSeed refuses ${String(value)} with an error naming the field and the value`, () => {
      let caught: unknown;
      try {
        checkSeed(value, 'study.seed');
      } catch (e) {
        caught = e;
      }
      expect(caught).toBeInstanceOf(InputError);
      expect((caught as InputError).path).toBe('study.seed');
      expect((caught as Error).message).toMatch(message);
      expect((caught as Error).message).toMatch(/Fix: write a whole number/);
    });
  }
});
