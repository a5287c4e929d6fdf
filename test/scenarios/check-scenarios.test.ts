import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { InputError } from '../../src/errors/index.js';
import { loadStudyFile } from '../../src/scenarios/index.js';
import { cli } from '../cli/helpers.js';

const dir = mkdtempSync(join(tmpdir(), 'ailca-scenarios-'));
function studyWith(scenarios: unknown): string {
  const raw = JSON.parse(readFileSync('examples/xeon-8468.json', 'utf8'));
  delete raw.$schema;
  raw.scenarios = scenarios;
  const file = join(dir, `s${Math.random().toString(36).slice(2)}.json`);
  writeFileSync(file, JSON.stringify(raw));
  return file;
}

describe('scenario values are checked when the study file is read', () => {
  it('refuses a scenario setting a utilisation of 75, naming the scenario and the entry of its set', () => {
    const file = studyWith([{ name: 'renewable', set: { 'workload.utilization': 75 } }]);
    let e: unknown;
    try {
      loadStudyFile(file);
    } catch (x) {
      e = x;
    }
    expect(e).toBeInstanceOf(InputError);
    const err = e as InputError;
    expect(err.path).toBe('scenarios["renewable"].set["workload.utilization"]');
    expect(err.received).toBe(75);
    expect(err.expected).toContain('[0, 1]');
    expect(err.fix).toContain('0.75');
  });

  it('names the inner field when a scenario sets a whole object', () => {
    const file = studyWith([{ name: 'green', set: { cloud: { location: 'DE', year: 2022, pue: 0.5 } } }]);
    expect(() => loadStudyFile(file)).toThrow(/^scenarios\["green"\]\.set\["cloud"\]\.pue/);
  });

  it('assess and mc refuse such a file with exit 2 though they run no scenarios', async () => {
    const file = studyWith([{ name: 'renewable', set: { 'workload.utilization': 75 } }]);
    for (const command of ['assess', 'mc']) {
      const r = await cli(command, file, ...(command === 'mc' ? ['--samples', '100', '--backend', 'js'] : []));
      expect(r.code).toBe(2);
      expect(r.stderr).toContain('scenarios["renewable"].set["workload.utilization"]');
    }
  });

  it('accepts valid scenarios', () => {
    const file = studyWith([{ name: '3 years', set: { 'servers[0].lifetime': '3 years' } }, { name: 'hot', set: { 'cloud.pue': 1.5 } }]);
    expect(loadStudyFile(file).scenarios).toHaveLength(2);
  });
});
