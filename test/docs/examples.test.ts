import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { transformSync } from 'esbuild';
import { describe, expect, it } from 'vitest';
import * as ailca from '../../src/index.js';

/**
 * Runs every TSDoc `@example` in src/ with all public exports in scope. A line
 * `expr; // => value` asserts that `expr` deep-equals `value` (numbers to 12
 * significant digits). Examples must use only the public API of `ailca`.
 */

interface Example {
  readonly file: string;
  readonly line: number;
  readonly code: string;
}

function walk(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const p = join(dir, name);
    return statSync(p).isDirectory() ? walk(p) : p.endsWith('.ts') ? [p] : [];
  });
}

function examplesOf(file: string): Example[] {
  const lines = readFileSync(file, 'utf8').split('\n');
  const out: Example[] = [];
  for (let i = 0; i < lines.length; i += 1) {
    const m = /^\s*\*\s*@example\s*(.*)$/.exec(lines[i] as string);
    if (!m) continue;
    const body: string[] = [];
    if (m[1]!.trim() !== '') body.push(m[1]!);
    let j = i + 1;
    for (; j < lines.length; j += 1) {
      const l = lines[j] as string;
      if (/^\s*\*\//.test(l) || /^\s*\*\s*@\w+/.test(l)) break;
      body.push(l.replace(/^\s*\* ?/, ''));
    }
    const code = body.filter((l) => !/^```/.test(l.trim())).join('\n');
    if (code.trim() !== '') out.push({ file, line: i + 1, code });
    i = j - 1;
  }
  return out;
}

function instrument(code: string): string {
  return code
    .split('\n')
    .map((l, k) => {
      const m = /^(\s*)(.*?);?\s*\/\/\s*=>\s*(.+)$/.exec(l);
      if (!m) return l;
      return `${m[1]}__check((${m[2]}), (${m[3]}), ${k + 1});`;
    })
    .join('\n');
}

function close(a: unknown, b: unknown): boolean {
  if (typeof a === 'number' && typeof b === 'number') {
    if (Number.isNaN(a) || Number.isNaN(b)) return Number.isNaN(a) && Number.isNaN(b);
    if (a === b) return true;
    return Math.abs(a - b) <= 1e-12 * Math.max(Math.abs(a), Math.abs(b));
  }
  if (Array.isArray(a) || ArrayBuffer.isView(a)) {
    const x = Array.from(a as ArrayLike<unknown>);
    const y = Array.isArray(b) || ArrayBuffer.isView(b) ? Array.from(b as ArrayLike<unknown>) : undefined;
    return y !== undefined && x.length === y.length && x.every((v, i) => close(v, y[i]));
  }
  if (typeof a === 'object' && a !== null && typeof b === 'object' && b !== null) {
    const ka = Object.keys(a).filter((k) => (a as Record<string, unknown>)[k] !== undefined);
    const kb = Object.keys(b).filter((k) => (b as Record<string, unknown>)[k] !== undefined);
    return ka.length === kb.length && ka.every((k) => close((a as Record<string, unknown>)[k], (b as Record<string, unknown>)[k]));
  }
  return Object.is(a, b);
}

const api = ailca as unknown as Record<string, unknown>;
const names = Object.keys(api);
const AsyncFunction = Object.getPrototypeOf(async () => {}).constructor as new (...args: string[]) => (...a: unknown[]) => Promise<void>;
// The CLI's internals are not part of the public API; test/cli covers them.
const examples = walk('src').filter((f) => !f.startsWith(join('src', 'cli'))).flatMap(examplesOf);

describe('TSDoc examples', () => {
  it('there are examples to run', () => {
    expect(examples.length).toBeGreaterThan(50);
  });
  for (const ex of examples) {
    it(`${relative('.', ex.file)}:${ex.line}`, async () => {
      const js = transformSync(`async function __example() {\n${instrument(ex.code)}\n}`, { loader: 'ts' }).code;
      const failures: string[] = [];
      const check = (actual: unknown, expected: unknown, line: number) => {
        if (!close(actual, expected)) failures.push(`line ${line}: got ${JSON.stringify(actual)}, expected ${JSON.stringify(expected)}`);
      };
      const run = new AsyncFunction('__check', ...names, `${js}\nreturn __example();`);
      await run(check, ...names.map((n) => api[n]));
      expect(failures).toEqual([]);
    });
  }
});
