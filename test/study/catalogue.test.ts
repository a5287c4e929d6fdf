import { describe, expect, it } from 'vitest';
import { assess } from '../../src/assess/index.js';
import { InputError } from '../../src/errors/index.js';
import { defineStudy } from '../../src/study/index.js';

const study = (overrides: Record<string, unknown> = {}) => ({
  name: 'Xeon server from the catalogue',
  factors: { method: 'clemm-2024' },
  servers: [
    {
      name: 'Xeon 8468 server',
      lifetime: '5 years',
      components: [
        { type: 'ic', catalogue: 'xeon-platinum-8468', ...overrides },
        { type: 'pcb', catalogue: 'supermicro-x13sem-t' },
      ],
      power: { active: [{ catalogue: 'xeon-platinum-8468' }], idle: '200 W' },
    },
  ],
  workload: { utilization: 0.75 },
  cloud: { location: 'DE', year: 2022, pue: 1 },
});

describe('defineStudy with catalogue references', () => {
  it('defineStudy takes die area, process, board and TDP from the catalogue, marked as dataset values', () => {
    const s = defineStudy(study());
    const p = (path: string) => s.params.find((x) => x.path === path)!;
    expect(p('servers[0].components[0].dieArea').value).toBe(8.12);
    expect(p('servers[0].components[0].dieArea').status).toBe('dataset');
    expect(p('servers[0].components[0].dieArea').source?.dataset?.name).toBe('hardware-catalogue');
    expect(p('servers[0].components[0].factor').value).toBe(3); // Intel 7 logic, clemm-2024
    expect(p('servers[0].components[1].area').value).toBe(595.4);
    expect(p('servers[0].power.active[0].power').value).toBe(350);
    const r = assess(s);
    // 8.12·3.0 + 595.4·0.06 = 24.36 + 35.724
    expect(r.embodied.totalKgCO2e).toBeCloseTo(60.084, 9);
    // (0.75·350 + 0.25·200) W × 8.76 kh = 312.5 × 8.76 = 2,737.5 kWh
    expect(r.operational.annualEnergyKWh).toBeCloseTo(2737.5, 9);
  });

  it('defineStudy lets the study override any catalogue field', () => {
    const s = defineStudy(study({ dieArea: '10 cm2', name: 'my CPU' }));
    const area = s.params.find((x) => x.path === 'servers[0].components[0].dieArea')!;
    expect(area.value).toBe(10);
    expect(area.status).toBe('input');
    expect(s.servers[0].components[0].name).toBe('my CPU');
  });

  it('defineStudy refuses an unknown catalogue id with close matches', () => {
    expect(() => defineStudy(study({ catalogue: 'xeon-platinum-8486' }))).toThrow(InputError);
    expect(() => defineStudy(study({ catalogue: 'xeon-platinum-8486' }))).toThrow(/servers\[0\]\.components\[0\]\.catalogue.*xeon-platinum-8468/);
  });
});
