import { describe, expect, it } from 'vitest';
import { InputError, UnitError } from '../../src/errors/index.js';
import { defineStudy } from '../../src/study/index.js';

const server = (active: unknown) => ({
  name: 'wrapped values',
  servers: [{ name: 'box', lifetime: '4 years', components: [{ type: 'part', name: 'p', perUnit: 1 }], power: { active, idle: '100 W' } }],
  workload: { utilization: 0.5 },
  cloud: { gridIntensity: 0.4, pue: 1 },
});
const activeW = (active: unknown) => defineStudy(server(active)).params.find((p) => p.path === 'servers[0].power.active')!;

describe('readParam with a {value, unit} wrapper', () => {
  it('defineStudy reads a bare number in the unit written beside it', () => {
    // 0.7 kW = 700 W, never 0.7 W
    expect(activeW({ value: 0.7, unit: 'kW' }).value).toBeCloseTo(700, 12);
    // the canonical unit itself leaves the number as it is
    expect(activeW({ value: 350, unit: 'W' }).value).toBe(350);
    expect(activeW({ value: 0.7, unit: 'kW', source: 'nameplate' }).source?.citation).toBe('nameplate');
  });

  it('defineStudy refuses a wrapper unit of the wrong dimension, beside a quantity string, or not a string', () => {
    expect(() => activeW({ value: 0.7, unit: 'kWh' })).toThrow(UnitError);
    expect(() => activeW({ value: '0.7 kW', unit: 'kW' })).toThrow(/servers\[0\]\.power\.active\.unit .*carries its own units/);
    expect(() => activeW({ value: 0.7, unit: 3 })).toThrow(InputError);
    expect(() => activeW({ value: NaN, unit: 'kW' })).toThrow(/must be finite: got NaN/);
  });
});

describe('readParam with fractions that must be > 0', () => {
  const flops = (efficiency: unknown, accuracy: unknown = 0.9) => ({
    name: 'FLOPs',
    functionalUnit: 'training-run',
    cloud: { gridIntensity: '0.4 kg/kWh', pue: 1 },
    model: { accuracy, jobs: [{ id: 't', accelerator: { name: 'gpu', count: 10, tdp: '300 W' }, compute: { flops: 1e20, peakFlops: 1e14, efficiency } }] },
  });

  it('defineStudy refuses an efficiency of 0, which would make the run last forever (FLOPs ÷ 0)', () => {
    expect(() => defineStudy(flops(0))).toThrow(InputError);
    expect(() => defineStudy(flops(0))).toThrow(/model\.jobs\[0\]\.compute\.efficiency is out of range: got 0; expected a finite number in \(0, 1\]/);
    expect(() => defineStudy(flops(0.5, 0))).toThrow(/model\.accuracy is out of range: got 0/);
    // still a fraction: a percentage is refused with the hint
    expect(() => defineStudy(flops(50))).toThrow(/did you mean 0\.5\?/);
  });

  it('defineStudy refuses an allocation utilisation of 0 with the reason', () => {
    const raw = { name: 'alloc', cloud: { gridIntensity: 0.4 }, model: { jobs: [{ id: 'j', accelerator: { name: 'gpu', count: 1, power: '300 W', embodied: '100 kg' }, hours: '1 h', allocation: { utilization: 0 } }] } };
    expect(() => defineStudy(raw)).toThrow(/allocation\.utilization is out of range: got 0.*divide the embodied carbon by zero/);
  });
});
