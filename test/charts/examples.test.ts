/**
 * Runs the TSDoc `@example` blocks of src/charts with the charts module's
 * exports in scope; a line `expr; // => value` asserts that `expr` deep-equals
 * `value` (the project-wide docs test does the same with every public export;
 * this one keeps the charts examples honest on their own).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import * as charts from '../../src/charts/index.js';

const dir = fileURLToPath(new URL('../../src/charts/', import.meta.url));

/** The example blocks of a source file, comment markers removed. */
function examples(source: string): string[] {
  const out: string[] = [];
  for (const block of source.split('/**').slice(1)) {
    const lines = block.slice(0, block.indexOf('*/')).split('\n').map((l) => l.replace(/^\s*\* ?/, ''));
    const start = lines.findIndex((l) => l.startsWith('@example'));
    if (start < 0) continue;
    const end = lines.findIndex((l, i) => i > start && l.startsWith('@'));
    out.push(lines.slice(start + 1, end < 0 ? undefined : end).join('\n'));
  }
  return out;
}

/** `expr; // => value` becomes a check; other lines run as they are. */
function toProgram(example: string): string {
  return example
    .split('\n')
    .map((line) => {
      const at = line.indexOf('; // => ');
      return at < 0 ? line : `__check(${line.slice(0, at)}, ${line.slice(at + 8)}, ${JSON.stringify(line.trim())});`;
    })
    .join('\n');
}

const check = (actual: unknown, expected: unknown, line: string): void => {
  expect(actual, line).toEqual(expected);
};

describe('TSDoc examples of src/charts', () => {
  // the SVG charts and, in vega-lite/, their Vega-Lite specs
  const files = [...readdirSync(dir), ...readdirSync(join(dir, 'vega-lite')).map((f) => join('vega-lite', f))].filter((f) => f.endsWith('.ts'));
  for (const file of files) {
    examples(readFileSync(join(dir, file), 'utf8')).forEach((example, i) => {
      it(`${file} example ${i + 1} holds`, () => {
        const names = Object.keys(charts);
        const run = new Function(...names, '__check', toProgram(example));
        run(...names.map((n) => (charts as Record<string, unknown>)[n]), check);
      });
    });
  }
  it('every public function of the charts module has an example', () => {
    const documented = files.flatMap((f) => examples(readFileSync(join(dir, f), 'utf8'))).join('\n');
    for (const [name, value] of Object.entries(charts)) {
      if (typeof value === 'function' || Array.isArray(value)) expect(documented.includes(name), name).toBe(true);
    }
  });
});
