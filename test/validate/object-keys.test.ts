import { describe, expect, it } from 'vitest';
import { InputError } from '../../src/errors/index.js';
import { checkObjectKeys } from '../../src/validate/index.js';

const errorOf = (f: () => unknown): InputError => {
  try {
    f();
  } catch (e) {
    expect(e).toBeInstanceOf(InputError);
    return e as InputError;
  }
  throw new Error('expected an InputError');
};

describe('checkObjectKeys', () => {
  it('checkObjectKeys returns the object when every key is allowed or ignored', () => {
    const o = { utilization: 0.75, $comment: 'from the data sheet' };
    expect(checkObjectKeys(o, 'workload', ['utilization', 'hoursPerYear'], { ignore: ['$comment'] })).toBe(o);
  });

  it('checkObjectKeys names an unknown key, its value, the valid keys and the closest one', () => {
    const e = errorOf(() => checkObjectKeys({ n: 64, secondorder: true }, 'sobol.options', ['n', 'secondOrder'], { noun: 'option' }));
    expect(e.path).toBe('sobol.options.secondorder');
    expect(e.received).toBe(true);
    expect(e.message).toBe('sobol.options.secondorder is not a known option: got true; expected one of the options n, secondOrder. Fix: did you mean "secondOrder"?');
  });

  it('checkObjectKeys suggests the given fix when nothing is close, and refuses non-objects', () => {
    expect(errorOf(() => checkObjectKeys({ colour: 'red' }, 'x', ['n'], { fix: 'see the docs' })).fix).toBe('see the docs');
    expect(errorOf(() => checkObjectKeys({ colour: 'red' }, 'x', ['n'])).fix).toBe('remove it');
    for (const bad of [null, [1], 'n', 3]) expect(errorOf(() => checkObjectKeys(bad, 'x', ['n'])).problem).toBe('must be an object');
  });
});
