import { describe, expect, it } from 'vitest';
import { InputError } from '../../../src/errors/index.js';
import { checkProgram } from '../../../src/mc/backends/index.js';

const ok = { statements: 'const a = Math.random(); const b = t[0] * a;', outputs: ['a', 'b'], tables: { t: [2] }, uniformsPerSample: 1 };

function pathOf(f: () => unknown): string | undefined {
  try {
    f();
  } catch (e) {
    expect(e).toBeInstanceOf(InputError);
    return (e as InputError).path;
  }
  return undefined;
}

describe('checkProgram', () => {
  it('checkProgram accepts a valid program and copies its tables to Float64Array', () => {
    const p = checkProgram(ok, 'random');
    expect(p.outputs).toEqual(['a', 'b']);
    expect(p.tableNames).toEqual(['t']);
    expect(Array.from(p.tableValues[0])).toEqual([2]);
  });

  it('checkProgram names the field of each bad part', () => {
    expect(pathOf(() => checkProgram(null as never, 'random'))).toBe('program');
    expect(pathOf(() => checkProgram({ ...ok, statements: '  ' }, 'random'))).toBe('program.statements');
    expect(pathOf(() => checkProgram({ ...ok, outputs: [] }, 'random'))).toBe('program.outputs');
    expect(pathOf(() => checkProgram({ ...ok, outputs: ['a', 'missing'] }, 'random'))).toBe('program.outputs[1]');
    expect(pathOf(() => checkProgram({ ...ok, outputs: ['a', 'a'] }, 'random'))).toBe('program.outputs[1]');
    expect(pathOf(() => checkProgram({ ...ok, outputs: ['a-b'] }, 'random'))).toBe('program.outputs[0]');
    expect(pathOf(() => checkProgram({ ...ok, tables: { t: [] } }, 'random'))).toBe('program.tables.t');
    expect(pathOf(() => checkProgram({ ...ok, tables: { t: [1, NaN] } }, 'random'))).toBe('program.tables.t[1]');
    expect(pathOf(() => checkProgram({ ...ok, tables: { a: [1] } }, 'random'))).toBe('program.tables.a');
  });

  it('checkProgram refuses uniformsPerSample that does not count the Math.random() calls', () => {
    expect(() => checkProgram({ ...ok, uniformsPerSample: 2 }, 'random')).toThrow(/program.uniformsPerSample does not match the statements: got 2; expected 1/);
    expect(pathOf(() => checkProgram({ ...ok, uniformsPerSample: 1.5 }, 'random'))).toBe('program.uniformsPerSample');
  });

  it('checkProgram refuses reserved words: this, return, ailca* names', () => {
    for (const statements of ['const a = this.thread.x;', 'const a = 1.0; return a;', 'const ailcaX = 1.0; const a = ailcaX;']) {
      expect(pathOf(() => checkProgram({ statements, outputs: ['a'], uniformsPerSample: 0 }, 'random'))).toBe('program.statements');
    }
  });

  it('checkProgram in given mode needs at least one draw (the row width)', () => {
    const noDraw = { statements: 'const a = 1.0;', outputs: ['a'], uniformsPerSample: 0 };
    expect(checkProgram(noDraw, 'random').uniformsPerSample).toBe(0);
    expect(pathOf(() => checkProgram(noDraw, 'given'))).toBe('program.uniformsPerSample');
  });
});
