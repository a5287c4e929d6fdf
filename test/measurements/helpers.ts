import { FileError, InputError } from '../../src/errors/index.js';

/** The error of class `kind` that `f` throws; fails the test when it throws nothing or something else. */
function thrown<E extends Error>(kind: abstract new (...args: never[]) => E, f: () => unknown): E {
  try {
    f();
  } catch (e) {
    if (e instanceof kind) return e;
    throw e;
  }
  throw new Error(`no ${kind.name} thrown`);
}

/** The FileError `f` throws (its file, row and column are what the tests check). */
export const fileError = (f: () => unknown): FileError => thrown(FileError, f);

/** The InputError `f` throws. */
export const inputError = (f: () => unknown): InputError => thrown(InputError, f);
