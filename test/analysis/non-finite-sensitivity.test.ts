import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { analyseStudy } from '../../src/analysis/index.js';
import { NonFiniteResultError } from '../../src/assess/index.js';
import { defineStudy } from '../../src/study/index.js';
import { cli } from '../cli/helpers.js';

/** A fixed lifetime of 5e-324 years (subnormal) and an uncertain utilisation: every design row is infinite. */
const raw = {
  name: 'tiny life',
  servers: [{ name: 'box', lifetime: '5e-324 years', components: [{ type: 'ic', name: 'CPU', technology: 'logic', dieArea: '1 cm2', factor: '2 kgCO2e/cm2' }], power: { active: '100 W', idle: '100 W' } }],
  workload: { utilization: { dist: 'uniform', min: 0.2, max: 0.8 } },
  cloud: { gridIntensity: '0.5 kg/kWh', pue: 1 },
};

describe('sensitivity names the fixed input that makes results non-finite (issue 16)', () => {
  it('analyseStudy (tornado) refuses it as servers[0].lifetime, not as a bad design row of workload.utilization', async () => {
    const run = analyseStudy(defineStudy(raw), { method: 'tornado' });
    await expect(run).rejects.toBeInstanceOf(NonFiniteResultError);
    await expect(analyseStudy(defineStudy(raw), { method: 'tornado' })).rejects.toThrow(/^servers\[0\]\.lifetime makes a result that is not a finite number/);
  });

  it.each(['tornado', 'morris', 'rank'])('ailca sensitivity --method %s exits 2 naming servers[0].lifetime', async (method) => {
    const file = join(mkdtempSync(join(tmpdir(), 'ailca-sens-')), 's.json');
    writeFileSync(file, JSON.stringify(raw));
    const r = await cli('sensitivity', file, '--method', method, '--samples', '64', '--backend', 'js');
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('ailca sensitivity: servers[0].lifetime makes a result that is not a finite number');
  });
});
