import { expect } from 'vitest';
import { InputError } from '../../src/errors/index.js';
import { evaluate } from '../../src/graph/index.js';
import { compileStudy, defineStudy } from '../../src/study/index.js';

/** Deterministic value of every output of a study (raw JSON), by key. */
export function valuesOf(raw: unknown): Map<string, number> {
  const model = compileStudy(defineStudy(raw));
  const v = evaluate(model.outputs.map((o) => o.expr), new Map(model.inputs.map((i) => [i.name, i.value])));
  return new Map(model.outputs.map((o, i) => [o.key, v[i]]));
}

/** The InputError a study is refused with (fails the test when it is accepted). */
export function refusal(raw: unknown): InputError {
  try {
    defineStudy(raw);
  } catch (e) {
    expect(e).toBeInstanceOf(InputError);
    return e as InputError;
  }
  throw new Error('the study was accepted');
}
