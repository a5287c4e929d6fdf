import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { assess } from '../../src/assess/index.js';
import { loadStudy } from '../../src/scenarios/index.js';
import { evaluate } from '../../src/graph/index.js';
import { compileStudy, defineStudy } from '../../src/study/index.js';
import { refusal, valuesOf } from './helpers.js';

// BLOOM 176B (Le Scao et al. 2022, arXiv:2211.05100: 176 billion parameters, 366 billion tokens)
// on 384 GPUs of 312 TFLOP/s peak (A100 BF16 dense, NVIDIA A100 datasheet) at 40 % of peak, 400 W each.
const P = 176e9;
const T = 366e9;
const compute = (c: Record<string, unknown>) => ({
  name: 'flops', functionalUnit: 'training-run', cloud: { gridIntensity: '57 g/kWh', pue: 1 },
  model: { jobs: [{ id: 't', accelerator: { name: 'A100', count: 384, power: '400 W' }, compute: { peakFlops: 312e12, efficiency: 0.4, ...c } }] },
});

describe('compute: {parameters, tokens} estimates FLOPs = 6 × P × T (Kaplan et al. 2020)', () => {
  it('compileStudy gives 6 × 176e9 × 366e9 = 3.86496e23 FLOPs, then hours and energy through the FLOPs route', () => {
    const flops = 6 * 176 * 366 * 1e18; // 386,496e18 = 3.86496e23
    expect(flops).toBe(3.86496e23);
    const hours = flops / (384 * 312e12 * 0.4) / 3600; // 2,240.8 h
    const kWh = (384 * 400 * hours) / 1000; // 344,187 kWh
    const v = valuesOf(compute({ parameters: P, tokens: T }));
    expect(v.get('job:t:flops')! / flops).toBeCloseTo(1, 12);
    expect(v.get('job:t:hours')! / hours).toBeCloseTo(1, 12);
    expect(v.get('job:t:itEnergy')! / kWh).toBeCloseTo(1, 12);
    expect(v.get('job:t:operational')! / (kWh * 0.057)).toBeCloseTo(1, 12);
    // the same as giving the FLOPs themselves
    const direct = valuesOf(compute({ flops }));
    expect(direct.get('job:t:itEnergy')! / v.get('job:t:itEnergy')!).toBeCloseTo(1, 12);
  });

  it('loadStudy reads the estimate from a study file and assess reports the run\'s FLOPs', () => {
    const f = join(mkdtempSync(join(tmpdir(), 'ailca-flops-')), 'study.json');
    writeFileSync(f, JSON.stringify(compute({ parameters: 176e9, tokens: 366e9 })));
    const job = assess(loadStudy(f)).jobs![0];
    expect(job.flops! / 3.86496e23).toBeCloseTo(1, 12);
    expect(job.itEnergyKWh / ((384 * 400 * (3.86496e23 / (384 * 312e12 * 0.4) / 3600)) / 1000)).toBeCloseTo(1, 12);
  });

  it('defineStudy records the factor 6 as a default with Kaplan et al. as its source, and warns that it is an estimate', () => {
    const s = defineStudy(compute({ parameters: P, tokens: T }));
    const six = s.params.find((p) => p.path === 'model.jobs[0].compute.flopsPerParameterToken')!;
    expect(six.value).toBe(6);
    expect(six.status).toBe('default');
    expect(six.source?.citation).toMatch(/Kaplan et al\. 2020.*2001\.08361/);
    expect(s.warnings.some((w) => /compute: FLOPs estimated as 6 × parameters × tokens/.test(w))).toBe(true);
  });

  it('flopsPerParameterToken overrides the 6 (8 with activation recomputation): 8 × 1e9 × 1e12 = 8e21', () => {
    const v = valuesOf(compute({ parameters: 1e9, tokens: 1e12, flopsPerParameterToken: 8 }));
    expect(v.get('job:t:flops')! / 8e21).toBeCloseTo(1, 12);
  });

  it('takes uncertain parameters and tokens as graph inputs: the FLOPs follow the drawn tokens', () => {
    const m = compileStudy(defineStudy(compute({ parameters: P, tokens: { dist: 'uniform', min: 300e9, max: 400e9 } })));
    const tokens = m.inputs.find((i) => i.name === 'model.jobs[0].compute.tokens')!;
    expect(tokens.distribution).toBeDefined();
    const values = new Map(m.inputs.map((i) => [i.name, i.name === tokens.name ? 300e9 : i.value]));
    const [flops] = evaluate([m.outputs.find((o) => o.key === 'job:t:flops')!.expr], values);
    expect(flops / (6 * P * 300e9)).toBeCloseTo(1, 12);
  });

  it('allocates by FLOPs from the estimate: share = 6PT ÷ (n × peak × lifetime hours × 3,600 s)', () => {
    const raw = compute({ parameters: P, tokens: T });
    const job = raw.model.jobs[0] as Record<string, unknown>;
    job.accelerator = { name: 'A100', count: 384, power: '400 W', embodied: '150 kg' };
    job.allocation = { rule: 'flops', lifetime: '6 years', utilization: 0.85 };
    const share = (6 * P * T) / (384 * 312e12 * 6 * 8760 * 0.85 * 3600);
    expect(valuesOf(raw).get('job:t:share')! / share).toBeCloseTo(1, 12);
  });

  it('defineStudy refuses the compute given twice, or half of the estimate', () => {
    expect(refusal(compute({ flops: 1e23, parameters: P, tokens: T })).message).toMatch(/compute\.parameters.*gives the compute twice/);
    expect(refusal(compute({ parameters: P })).message).toMatch(/compute\.tokens is missing/);
    expect(refusal(compute({})).message).toMatch(/compute\.flops is missing/);
    expect(refusal(compute({ parameters: 0, tokens: T })).message).toMatch(/compute\.parameters/);
  });
});

// Inference: a 7e9-parameter model on 2 GPUs of 300 W and 312 TFLOP/s peak at 25 % of peak, 1,000 tokens a request.
const serve = (c: Record<string, unknown>, tokensPerRequest: unknown = 1000) => ({
  name: 'serve', functionalUnit: 'year', cloud: { gridIntensity: '0.5 kg/kWh', pue: 1 },
  model: { inference: { requestsPerYear: 1e6, tokensPerRequest, accelerator: { name: 'gpu', count: 2, power: '300 W' }, compute: { parameters: 7e9, peakFlops: 312e12, efficiency: 0.25, ...c } } },
});

describe('inference compute: 2 × P FLOPs per token (Kaplan et al. 2020)', () => {
  it('compileStudy gives per request 2 × 7e9 × 1,000 = 1.4e13 FLOPs at 2 × 312e12 × 0.25 FLOP/s = 0.0897 s × 600 W', () => {
    const flops = 2 * 7e9 * 1000; // 1.4e13 FLOP
    const seconds = flops / (2 * 312e12 * 0.25); // 0.08974 s for both GPUs together
    const kWh = (600 * seconds) / 3.6e6; // 1.4957e-5 kWh = 0.015 Wh
    const v = valuesOf(serve({}));
    expect(v.get('inference.energyPerRequest')! / kWh).toBeCloseTo(1, 12);
    expect(v.get('operational.annual')! / (1e6 * kWh * 0.5)).toBeCloseTo(1, 12);
  });

  it('defineStudy records the 2 as a default citing Kaplan et al., and refuses the route without tokens per request or power', () => {
    const s = defineStudy(serve({}));
    const two = s.params.find((p) => p.path === 'model.inference.compute.flopsPerParameterToken')!;
    expect([two.value, two.status]).toEqual([2, 'default']);
    expect(two.source?.citation).toMatch(/Kaplan et al\. 2020.*2N/);
    expect(s.warnings.some((w) => /inference\.compute: FLOPs per request estimated/.test(w))).toBe(true);
    const raw = serve({}) as { model: { inference: Record<string, unknown> } };
    delete raw.model.inference.tokensPerRequest;
    expect(refusal(raw).message).toMatch(/tokensPerRequest is missing/);
    expect(refusal({ ...serve({}), model: { inference: { ...serve({}).model.inference, accelerator: { name: 'gpu', count: 2 } } } }).message).toMatch(/accelerator\.power is missing/);
    expect(refusal({ ...serve({}), model: { inference: { ...serve({}).model.inference, energyPerRequest: '1 Wh' } } }).message).toMatch(/twice/);
  });
});
