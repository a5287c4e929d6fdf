import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import * as root from '../../src/index.js';

/**
 * The public API is small and explicit (issue 11): the package root holds what
 * a researcher uses, the subpaths declared in package.json `exports` hold the
 * rest, and internals stay internal. Each subpath's source entry is imported;
 * when dist/ is built, the package is imported by name (`ailca/graph`) as a
 * user would, through the `exports` map.
 */

const pkg = JSON.parse(readFileSync('package.json', 'utf8')) as { exports: Record<string, string | Record<string, string>>; typesVersions: Record<string, Record<string, string[]>> };
const codeSubpaths = Object.keys(pkg.exports).filter((k) => k !== '.' && !k.endsWith('.json'));
const INTERNALS = ['readObject', 'escapeXml', 'REPORT_CSS', 'samplerCode', 'AS241_COEFFICIENTS', 'levenshtein', 'readString', 'readArray', 'escapeMarkdown', 'inputFilesOf', 'refuseOverwrite', 'runChromium', 'ppfTable'];
const GENERIC = ['min', 'max', 'log', 'add', 'mul', 'sub', 'div', 'exp', 'abs', 'sqrt', 'input', 'constant'];

describe('public API', () => {
  it('the root exports at most 45 values, with the study, Monte Carlo, sensitivity, charts, report and errors entry points', () => {
    const names = Object.keys(root);
    expect(names.length).toBeLessThanOrEqual(45);
    for (const n of ['defineStudy', 'loadStudy', 'loadStudyFile', 'assess', 'runMonteCarlo', 'mergeMonteCarlo', 'analyseStudy', 'compareScenarios', 'buildReport', 'writeReport', 'histogramChart', 'tornadoChart', 'sobolChart', 'htmlTable', 'InputError', 'FileError']) {
      expect(names, n).toContain(n);
    }
  });

  it('the root exports no internal and no generic graph builder', () => {
    const names = Object.keys(root);
    expect(names.filter((n) => INTERNALS.includes(n) || GENERIC.includes(n))).toEqual([]);
  });

  it('the root is explicit: no export * in src/index.ts', () => {
    expect(readFileSync('src/index.ts', 'utf8')).not.toMatch(/export \*/);
  });

  it('package.json declares the subpaths, each with types, import and default conditions and a typesVersions entry', () => {
    expect(codeSubpaths.sort()).toEqual(['./charts', './datasets', './engine', './export', './graph', './impact-framework', './measurements', './report', './sensitivity', './study', './workloads']);
    for (const k of codeSubpaths) {
      const e = pkg.exports[k] as Record<string, string>;
      const name = k.slice(2);
      expect(e).toEqual({ types: `./dist/entry/${name}.d.ts`, import: `./dist/entry/${name}.js`, default: `./dist/entry/${name}.js` });
      expect(pkg.typesVersions['*']?.[name]).toEqual([`dist/entry/${name}.d.ts`]);
      expect(existsSync(join('src', 'entry', `${name}.ts`)), name).toBe(true);
    }
  });

  for (const k of codeSubpaths) {
    const name = k.slice(2);
    it(`ailca/${name}: its source entry exports values and no internal`, async () => {
      const m = (await import(`../../src/entry/${name}.ts`)) as Record<string, unknown>;
      expect(Object.keys(m).length).toBeGreaterThan(3);
      expect(Object.keys(m).filter((n) => INTERNALS.includes(n))).toEqual([]);
      expect(readFileSync(join('src', 'entry', `${name}.ts`), 'utf8')).not.toMatch(/export \*/);
    });
  }

  const built = existsSync(join('dist', 'entry', 'graph.js')) && existsSync(join('dist', 'index.js'));
  it.skipIf(!built)('the built package resolves by name in Node: ailca and every subpath (needs npm run build)', () => {
    const specs = ['ailca', ...codeSubpaths.map((k) => `ailca/${k.slice(2)}`)];
    const script = `for (const s of ${JSON.stringify(specs)}) { const m = await import(s); console.log(s, Object.keys(m).length); }
const g = await import('ailca/graph'); console.log('graph', g.evaluate([g.sub(g.input('a'), g.constant(2))], { a: 8 })[0]);`;
    const out = execFileSync(process.execPath, ['--input-type=module', '-e', script], { encoding: 'utf8' });
    for (const s of specs) expect(out).toMatch(new RegExp(`^${s} \\d+$`, 'm'));
    expect(out).toMatch(/^graph 6$/m);
  });
});
