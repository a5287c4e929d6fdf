import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cli } from './helpers.js';

function write(study: unknown): string {
  const file = join(mkdtempSync(join(tmpdir(), 'ailca-cmd-')), 'study.json');
  writeFileSync(file, JSON.stringify(study));
  return file;
}

const server = (o: { lifetime?: unknown; zero?: boolean; scenarios?: unknown[] }) => ({
  name: 'one server',
  servers: [{ name: 'box', lifetime: o.lifetime ?? '4 years',
    components: [o.zero ? { type: 'part', name: 'chassis', perUnit: '0 kgCO2e' } : { type: 'ic', name: 'CPU', technology: 'logic', dieArea: '1 cm2', factor: '2 kgCO2e/cm2' }],
    power: o.zero ? { active: '0 W', idle: '0 W' } : { active: '100 W', idle: '100 W' } }],
  workload: { utilization: { dist: 'uniform', min: 0.2, max: 0.8 } },
  cloud: { gridIntensity: '0.5 kg/kWh', pue: 1 },
  ...(o.scenarios ? { scenarios: o.scenarios } : {}),
});

describe('mc and scenarios commands and non-finite results (issue 16)', () => {
  it('ailca mc exits 2 naming servers[0].lifetime for a lifetime of 5e-324 years', async () => {
    const r = await cli('mc', write(server({ lifetime: '5e-324 years' })), '--samples', '1000', '--backend', 'js');
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('ailca mc: servers[0].lifetime makes a result that is not a finite number');
  });

  it('ailca mc on a zero footprint: JSON has no NaN/null statistics and warns that the use-phase share is undefined', async () => {
    const r = await cli('mc', write(server({ zero: true })), '--samples', '1000', '--backend', 'js', '--format', 'json');
    expect(r.code).toBe(0);
    const j = JSON.parse(r.stdout);
    expect(j.outputs.map((o: { key: string }) => o.key)).not.toContain('usePhaseShare');
    expect(j.warnings).toContain('usePhaseShare: undefined (footprint is zero at the base values: 0 ÷ 0); not sampled');
    for (const o of j.outputs) expect(o.summary.mean).toBe(0);
  });

  it('ailca scenarios from a zero base: the change is "n/a (the base case is 0)" in the table, and an undefined ratio with its reason in JSON', async () => {
    // the scenario draws 100 W all the time: a footprint > 0 against a base of 0
    const file = write(server({ zero: true, scenarios: [{ name: 'powered', set: { 'servers[0].power.idle': '100 W', 'servers[0].power.active': '100 W' } }] }));
    const table = await cli('scenarios', file, '--samples', '0');
    expect(table.code).toBe(0);
    expect(table.stdout).toContain('n/a (the base case is 0)');
    expect(table.stdout).not.toMatch(/NaN/);
    const json = await cli('scenarios', file, '--samples', '0', '--format', 'json');
    expect(json.code).toBe(0);
    const rows = JSON.parse(json.stdout);
    expect(rows[1].changeFromBase).toEqual({ value: null, undefinedReason: 'the base case is 0' });
  });

  it('ailca scenarios exits 2 naming the input when a scenario makes a result infinite', async () => {
    const file = write(server({ scenarios: [{ name: 'tiny life', set: { 'servers[0].lifetime': '5e-324 years' } }] }));
    const r = await cli('scenarios', file, '--samples', '0');
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('servers[0].lifetime makes a result that is not a finite number in scenario "tiny life"');
  });
});
