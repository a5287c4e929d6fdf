import { describe, expect, it } from 'vitest';
import { InputError } from '../../src/errors/index.js';
import { oatDesign } from '../../src/sensitivity/index.js';

describe('oatDesign', () => {
  it('oatDesign puts the base row first, then low and high of each input', () => {
    expect(Array.from(oatDesign([5, 0.4], [3, 0.2], [7, 0.8]))).toEqual([5, 0.4, 3, 0.4, 7, 0.4, 5, 0.2, 5, 0.8]);
  });

  it('oatDesign refuses arrays of different lengths and non-finite values', () => {
    expect(() => oatDesign([1, 2], [0], [3, 4])).toThrow(/low has the wrong length/);
    expect(() => oatDesign([1, Number.NaN], [0, 1], [3, 4])).toThrow(/base\[1\]/);
    expect(() => oatDesign([], [], [])).toThrow(InputError);
  });
});
