import { describe, expect, it } from 'vitest';
import { InputError } from '../../src/errors/index.js';
import { createBackend } from '../../src/mc/backends/index.js';
import { mergeMonteCarlo, runMonteCarlo } from '../../src/mc/index.js';
import { loadStudyFile } from '../../src/scenarios/index.js';

const study = loadStudyFile('examples/xeon-8468-uncertain.json').study;
const SAMPLES = 200_000;

/** webgpu here, or why not (skipped only when CI does not require it: AILCA_REQUIRE_WEBGPU=1). */
async function webgpuSkip(): Promise<string | undefined> {
  try {
    await (await createBackend('webgpu', {})).dispose();
    return undefined;
  } catch (e) {
    if (e instanceof InputError && e.path === 'backend' && process.env.AILCA_REQUIRE_WEBGPU !== '1') return e.message;
    throw e;
  }
}

describe('runMonteCarlo with reduction: device', async () => {
  const skip = await webgpuSkip();

  it.skipIf(skip !== undefined)('runMonteCarlo reduces the default outputs on the device to the host statistics: same percentiles, min, max; mean and sd within float32 partial-sum rounding', async () => {
    const host = await runMonteCarlo(study, { samples: SAMPLES, seed: 5, backend: 'webgpu', reduction: 'host' });
    const device = await runMonteCarlo(study, { samples: SAMPLES, seed: 5, backend: 'webgpu', reduction: 'device' });
    expect(host.provenance.reduction).toBe('host');
    expect(device.provenance.reduction).toBe('device');
    // one fused launch per chunk computes every output (fused-kernel.ts); the host path has no such field
    expect(device.provenance.kernels).toBe('fused');
    expect(host.provenance.kernels).toBeUndefined();
    expect(device.provenance.studyHash).toBe(host.provenance.studyHash);
    device.outputs.forEach((o, i) => {
      const h = host.outputs[i].summary;
      const d = o.summary;
      expect(o.key).toBe(host.outputs[i].key);
      expect(d.percentiles, o.key).toEqual(h.percentiles);
      expect([d.count, d.min, d.max, d.nonFinite], o.key).toEqual([h.count, h.min, h.max, h.nonFinite]);
      // docs/performance.md: |Δmean| ≤ 1e-6·sd (the shift is the pilot mean, within sd/100 of the mean here), |Δsd| ≤ 1e-5·sd
      expect(Math.abs(d.mean - h.mean), o.key).toBeLessThanOrEqual(1e-6 * h.sd + 1e-12 * Math.abs(h.mean));
      expect(Math.abs(d.sd - h.sd), o.key).toBeLessThanOrEqual(1e-5 * h.sd);
    });
  }, 300_000);

  it.skipIf(skip !== undefined)('runMonteCarlo on the device gives the same percentiles for any chunk size', async () => {
    const runs = await Promise.all([65_536, 100_003].map((chunkSize) => runMonteCarlo(study, { samples: SAMPLES, seed: 5, backend: 'webgpu', reduction: 'device', chunkSize })));
    expect(runs.map((r) => r.provenance.chunkSize)).toEqual([65_536, 100_003]);
    runs[1].outputs.forEach((o, i) => {
      const a = runs[0].outputs[i].summary;
      expect(o.summary.percentiles).toEqual(a.percentiles);
      expect(Math.abs(o.summary.mean - a.mean)).toBeLessThanOrEqual(2e-6 * a.sd + 1e-12 * Math.abs(a.mean));
      expect(Math.abs(o.summary.sd - a.sd)).toBeLessThanOrEqual(2e-5 * a.sd);
    });
  }, 300_000);

  it('runMonteCarlo reduces on the host where the backend has no device (js) or samples are kept', async () => {
    const js = await runMonteCarlo(study, { samples: 2000, seed: 5, backend: 'js', reduction: 'device' });
    expect(js.provenance.reduction).toBe('host');
    if (skip === undefined) {
      const kept = await runMonteCarlo(study, { samples: 2000, seed: 5, backend: 'webgpu', reduction: 'device', keepSamples: true });
      expect(kept.provenance.reduction).toBe('host');
    }
  }, 300_000);

  it('mergeMonteCarlo keeps the shards\' common reduction and says mixed when they differ', async () => {
    const [a, b] = await Promise.all([{ start: 0, end: 1000 }, { start: 1000, end: 2000 }].map((range) => runMonteCarlo(study, { samples: 2000, seed: 5, backend: 'js', range })));
    expect(mergeMonteCarlo([a, b]).provenance.reduction).toBe('host');
    const device = { ...b, provenance: { ...b.provenance, reduction: 'device' as const } };
    expect(mergeMonteCarlo([a, device]).provenance.reduction).toBe('mixed');
    // the device launches: kept when every shard names the same, dropped otherwise
    const fusedA = { ...a, provenance: { ...a.provenance, reduction: 'device' as const, kernels: 'fused' as const } };
    const fusedB = { ...device, provenance: { ...device.provenance, kernels: 'fused' as const } };
    expect(mergeMonteCarlo([fusedA, fusedB]).provenance.kernels).toBe('fused');
    expect(mergeMonteCarlo([fusedA, device]).provenance.kernels).toBeUndefined();
  }, 300_000);

  it('runMonteCarlo refuses an unknown reduction', async () => {
    await expect(runMonteCarlo(study, { samples: 2000, seed: 5, backend: 'js', reduction: 'gpu' as 'host' })).rejects.toMatchObject({ path: 'reduction' });
  });
});
