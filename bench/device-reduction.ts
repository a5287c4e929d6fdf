/**
 * Reductions on the device (issue 14): the default 12-output run of the CLI,
 *
 *   ailca mc examples/xeon-8468-uncertain.json --samples N --backend B [--reduction R]
 *
 * with webgpu reducing on the host (every sample read back, float64 scan),
 * webgpu reducing on the device (WGSL pass, partial sums and bin counts read
 * back) over the ⌈K/4⌉ group kernels (AILCA_WEBGPU_KERNELS=groups) and over
 * the fused kernel (one launch for all K outputs, the default), and js, against bench/mc_numpy.py (one vectorised numpy pass, one
 * output) in the same run.
 *
 *   npx tsx bench/device-reduction.ts [--sizes 1e6,1e7,1e8] [--repeat 1]
 *
 * Each configuration runs the built CLI (dist/cli/main.js, after `npm run
 * build`) in its own process. Prints, per N and configuration: the process's
 * wall time (end to end: Node start, study, kernel compilation, sampling,
 * statistics, printing), the run's own time (provenance.durationMs), M
 * samples/s on each, × numpy (wall against numpy's end-to-end seconds), and
 * the largest relative difference of a mean and of an sd from the webgpu host
 * reduction of the same samples. With --repeat k the fastest of k is kept.
 */
import { execFileSync } from 'node:child_process';
import { cpus, loadavg } from 'node:os';

const arg = (name: string, fallback: string) => {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? process.argv[i + 1] : fallback;
};
const sizes = arg('sizes', '1e6,1e7,1e8').split(',').map(Number);
const repeat = Number(arg('repeat', '1'));

const CONFIGS: readonly { label: string; args: string[]; env?: Record<string, string> }[] = [
  { label: 'webgpu, host reduction', args: ['--backend', 'webgpu', '--reduction', 'host'] },
  // the device reduction over ⌈K/4⌉ group kernels, each recomputing the sample (before issue 14's fused kernel)
  { label: 'webgpu groups + device reduction', args: ['--backend', 'webgpu', '--reduction', 'device'], env: { AILCA_WEBGPU_KERNELS: 'groups' } },
  { label: 'webgpu fused + device reduction', args: ['--backend', 'webgpu', '--reduction', 'device'] },
  { label: 'js', args: ['--backend', 'js'] },
];

interface Timed { wall: number; run: number; means: number[]; sds: number[]; outputs: number }

function cli(n: number, args: string[], env: Record<string, string> = {}): Timed | undefined {
  try {
    const t0 = performance.now();
    const out = execFileSync('node', ['dist/cli/main.js', 'mc', 'examples/xeon-8468-uncertain.json', '--samples', String(n), '--format', 'json', ...args], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'], maxBuffer: 1 << 26, timeout: 1_800_000, env: { ...process.env, ...env } });
    const wall = (performance.now() - t0) / 1000;
    const r = JSON.parse(out) as { outputs: { summary: { mean: number; sd: number } }[]; provenance: { durationMs: number } };
    return { wall, run: r.provenance.durationMs / 1000, means: r.outputs.map((o) => o.summary.mean), sds: r.outputs.map((o) => o.summary.sd), outputs: r.outputs.length };
  } catch (e) {
    console.error(`  ${args.join(' ')} at ${n} failed: ${(e as Error).message.split('\n')[0]}`);
    return undefined;
  }
}

function numpy(n: number): number | undefined {
  try {
    const out = execFileSync('python3', ['bench/mc_numpy.py', String(n), '1'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'], timeout: 1_800_000 });
    return (JSON.parse(out.trim().split('\n').pop() as string) as { seconds: number }).seconds;
  } catch (e) {
    console.error(`  numpy at ${n} failed: ${(e as Error).message.split('\n')[0]}`);
    return undefined;
  }
}

const fastest = <T>(k: number, f: () => T | undefined, key: (t: T) => number): T | undefined => {
  let best: T | undefined;
  for (let i = 0; i < k; i++) {
    const t = f();
    if (t !== undefined && (best === undefined || key(t) < key(best))) best = t;
  }
  return best;
};

/** Largest |a − b| / scale over the outputs (0 for an output whose scale is 0 and a = b). */
function worst(a: number[], b: number[], scale: number[]): number {
  return Math.max(...a.map((x, i) => (x === b[i] ? 0 : Math.abs(x - b[i]) / Math.abs(scale[i]))));
}

execFileSync('npm', ['run', 'build'], { stdio: 'ignore' });
console.log(`machine: ${cpus().length} × ${cpus()[0]?.model}; node ${process.version}; ${new Date().toISOString()}; load average ${loadavg().map((x) => x.toFixed(1)).join(' ')}`);
console.log('| N | method | wall s | M samples/s (wall) | × numpy | run s | M samples/s (run) | max abs(Δmean)/sd | max abs(Δsd)/sd |');
console.log('| --- | --- | --- | --- | --- | --- | --- | --- | --- |');
const fmt = (x: number, d = 2) => (Number.isFinite(x) ? x.toFixed(d) : '—');
for (const n of sizes) {
  const np = fastest(repeat, () => numpy(n), (s) => s);
  if (np !== undefined) console.log(`| ${n.toExponential(0)} | numpy (one output, one vectorised pass) | ${fmt(np)} | ${fmt(n / np / 1e6)} | 1 | | | | |`);
  let ref: Timed | undefined;
  for (const c of CONFIGS) {
    const r = fastest(repeat, () => cli(n, c.args, c.env), (t) => t.wall);
    if (!r) continue;
    ref ??= c.label.startsWith('webgpu, host') ? r : undefined;
    const dm = ref && c.label.includes('device') ? worst(r.means, ref.means, ref.sds.map((s, i) => s || ref!.means[i] || 1)) : NaN;
    const ds = ref && c.label.includes('device') ? worst(r.sds, ref.sds, ref.sds.map((s, i) => s || ref!.means[i] || 1)) : NaN;
    const ratio = np !== undefined ? (n / r.wall) / (n / np) : NaN;
    console.log(`| ${n.toExponential(0)} | ${c.label} (${r.outputs} outputs) | ${fmt(r.wall)} | ${fmt(n / r.wall / 1e6)} | ${fmt(ratio, 1)} | ${fmt(r.run)} | ${fmt(n / r.run / 1e6)} | ${Number.isFinite(dm) ? dm.toExponential(1) : ''} | ${Number.isFinite(ds) ? ds.toExponential(1) : ''} |`);
  }
}
