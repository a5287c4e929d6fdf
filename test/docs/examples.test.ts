import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { transformSync } from 'esbuild';
import { describe, expect, it } from 'vitest';
import * as ailca from '../../src/index.js';
import * as study from '../../src/entry/study.js';
import * as graph from '../../src/entry/graph.js';
import * as engine from '../../src/entry/engine.js';
import * as sensitivity from '../../src/entry/sensitivity.js';
import * as datasets from '../../src/entry/datasets.js';
import * as charts from '../../src/entry/charts.js';
import * as report from '../../src/entry/report.js';
import * as workloads from '../../src/entry/workloads.js';
import * as measurements from '../../src/entry/measurements.js';
import * as exportApi from '../../src/entry/export.js';
import * as impactFramework from '../../src/entry/impact-framework.js';
import * as b_analysis from '../../src/analysis/index.js';
import * as b_assess from '../../src/assess/index.js';
import * as b_charts from '../../src/charts/index.js';
import * as b_datasets from '../../src/datasets/index.js';
import * as b_export from '../../src/export/index.js';
import * as b_impactFramework from '../../src/impact-framework/index.js';
import * as b_distributions from '../../src/distributions/index.js';
import * as b_errors from '../../src/errors/index.js';
import * as b_graph from '../../src/graph/index.js';
import * as b_io from '../../src/io/index.js';
import * as b_mc from '../../src/mc/index.js';
import * as b_model from '../../src/system/index.js';
import * as b_random from '../../src/random/index.js';
import * as b_report from '../../src/report/index.js';
import * as b_scenarios from '../../src/scenarios/index.js';
import * as b_sensitivity from '../../src/sensitivity/index.js';
import * as b_stats from '../../src/stats/index.js';
import * as b_study from '../../src/study/index.js';
import * as b_units from '../../src/units/index.js';
import * as b_validate from '../../src/validate/index.js';
import * as b_workloads from '../../src/workloads/index.js';
import * as b_measurements from '../../src/measurements/index.js';

/**
 * Runs every TSDoc `@example` in src/ with all public exports in scope: the
 * package root and every subpath (`ailca/graph`, `ailca/engine`, …), plus the
 * exports of the example's own folder barrel (an internal helper's example
 * documents its module). A line `expr; // => value` asserts that `expr`
 * deep-equals `value` (numbers to 12 significant digits).
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
    const m = /^\s*\*\s*@example\s*(.*)$/.exec(lines[i]);
    if (!m) continue;
    const body: string[] = [];
    if (m[1].trim() !== '') body.push(m[1]);
    let j = i + 1;
    for (; j < lines.length; j += 1) {
      const l = lines[j];
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

const publicApi: Record<string, unknown> = Object.assign({}, study, graph, engine, sensitivity, datasets, charts, report, workloads, measurements, exportApi, impactFramework, ailca);
const barrels: Record<string, Record<string, unknown>> = { analysis: b_analysis, assess: b_assess, charts: b_charts, datasets: b_datasets, export: b_export, 'impact-framework': b_impactFramework, distributions: b_distributions, errors: b_errors, graph: b_graph, io: b_io, mc: b_mc, model: b_model, random: b_random, report: b_report, scenarios: b_scenarios, sensitivity: b_sensitivity, stats: b_stats, study: b_study, units: b_units, validate: b_validate, workloads: b_workloads, measurements: b_measurements };
/** The public API, with the exports of the example's folder barrel under it (a root or subpath name wins). */
function scopeOf(file: string): Record<string, unknown> {
  const folder = relative('src', file).split(/[\\/]/)[0];
  return { ...barrels[folder], ...publicApi };
}
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
      const api = scopeOf(ex.file);
      const names = Object.keys(api);
      const run = new AsyncFunction('__check', ...names, `${js}\nreturn __example();`);
      await run(check, ...names.map((n) => api[n]));
      expect(failures).toEqual([]);
    });
  }
});
