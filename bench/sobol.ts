/**
 * Sobol first- and total-order indices (Saltelli design, Saltelli 2010 and
 * Jansen estimators, percentile bootstrap) of two studies at N = 2^14 base
 * samples, with ailca and with numpy in the same run (issue 4's benchmark):
 *   - examples/xeon-8468-uncertain.json (6 uncertain inputs)
 *   - bench/studies/xeon-20-inputs.json (20 uncertain inputs)
 *
 *   npx tsx bench/sobol.ts [--n 16384] [--backends js,webasm,webgpu] [--repeat 3] [--resamples 1000,100]
 *
 * One table per bootstrap size: 1,000 resamples (the library's default, the
 * target's setting) and 100 (SALib's default, for information). Each row is
 * the median wall-clock seconds of `repeat` runs — ailca: `analyseStudy`
 * (design, model evaluations on the backend, estimators and bootstrap);
 * numpy: bench/sobol_numpy.py (the same, timed inside the script after its
 * imports) — the ratio to numpy, and the largest difference between ailca's
 * and numpy's ST (estimates from different random designs: they agree to
 * sampling error). Every measurement runs in a child process of its own, so
 * that one backend cannot slow or crash another (a WebGPU device's threads
 * outlive its release); within a child the runs follow one another, so the
 * first pays for starting workers and compiling, as numpy's imports are not.
 */
import { execFileSync } from 'node:child_process';
import { cpus } from 'node:os';
import { analyseStudy } from '../src/analysis/index.js';
import { loadStudyFile } from '../src/scenarios/index.js';

const arg = (name: string, fallback: string): string => {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? (process.argv[i + 1]) : fallback;
};
const n = Number(arg('n', '16384'));
const repeat = Number(arg('repeat', '3'));
const STUDIES = [
  { file: 'examples/xeon-8468-uncertain.json', numpy: 'xeon6' },
  { file: 'bench/studies/xeon-20-inputs.json', numpy: 'xeon20' },
];
const median = (xs: readonly number[]): number => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

interface Measured {
  seconds: number[];
  ST: number[];
  evaluations: number;
  description?: string;
}

/** Child: run one study on one backend `repeat` times and print one JSON line. */
async function child(file: string, backend: string, resamples: number): Promise<void> {
  const study = loadStudyFile(file).study;
  const out: Measured = { seconds: [], ST: [], evaluations: 0 };
  for (let r = 0; r < repeat; r += 1) {
    const t0 = performance.now();
    const res = await analyseStudy(study, { method: 'sobol', samples: n, seed: r + 1, backend: backend as 'js', bootstrap: { resamples } });
    out.seconds.push((performance.now() - t0) / 1000);
    out.ST = Object.values(res.sobol!.outputs.functionalUnit.indices).map((v) => v.ST);
    out.evaluations = res.sobol!.evaluations;
    out.description = `${res.provenance.backendDescription} (${res.provenance.precision})`;
  }
  console.log(JSON.stringify(out));
}

function measure(command: string, args: string[]): Measured | string {
  try {
    const stdout = execFileSync(command, args, { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'], maxBuffer: 1 << 24 });
    return JSON.parse(stdout.trim().split('\n').pop() as string) as Measured;
  } catch (e) {
    const err = e as { status?: number; signal?: string; stderr?: string };
    const last = (err.stderr ?? '').trim().split('\n').filter((l) => !l.startsWith('Warning')).pop() ?? '';
    return `failed (${err.signal ?? `exit ${err.status}`}: ${last.slice(0, 80)})`;
  }
}

async function main(): Promise<void> {
  const backends = arg('backends', 'js,webasm,webgpu').split(',');
  const resampleSets = arg('resamples', '1000,100').split(',').map(Number);
  const descriptions = new Map<string, string>();
  const numpy = execFileSync('python3', ['-c', 'import numpy, scipy, platform; print(numpy.__version__, scipy.__version__, platform.python_version())'], { encoding: 'utf8' }).trim().split(' ');
  console.log(`Sobol S1/ST, N = ${n}, median of ${repeat}; ${new Date().toISOString()}`);
  console.log(`${cpus()[0]?.model ?? 'unknown CPU'}, ${cpus().length} cores; Node ${process.versions.node}; Python ${numpy[2]}, numpy ${numpy[0]}, scipy ${numpy[1]}`);
  for (const resamples of resampleSets) {
    console.log(`\n${resamples.toLocaleString('en')} bootstrap resamples\n`);
    console.log('| study | method | evaluations | seconds | × numpy | max |ΔST| vs numpy |');
    console.log('| --- | --- | --- | --- | --- | --- |');
    for (const s of STUDIES) {
      const np: { seconds: number; ST: number[]; evaluations: number }[] = [];
      for (let r = 0; r < repeat; r += 1) {
        np.push(JSON.parse(execFileSync('python3', ['bench/sobol_numpy.py', s.numpy, String(n), String(resamples), String(r + 1)], { encoding: 'utf8' })));
      }
      const npSeconds = median(np.map((x) => x.seconds));
      const npST = np[0]?.ST;
      console.log(`| ${s.numpy} | numpy + scipy | ${np[0]?.evaluations} | ${npSeconds.toFixed(2)} | 1.0 | |`);
      for (const backend of backends) {
        const m = measure(process.execPath, [...process.execArgv, process.argv[1], '--child', s.file, backend, String(resamples), '--n', String(n), '--repeat', String(repeat)]);
        if (typeof m === 'string') {
          console.log(`| ${s.numpy} | ailca ${backend} | | ${m} | | |`);
          continue;
        }
        if (m.description !== undefined) descriptions.set(backend, m.description);
        const sec = median(m.seconds);
        const diff = Math.max(...m.ST.map((v, i) => Math.abs(v - (npST[i]))));
        console.log(`| ${s.numpy} | ailca ${backend} | ${m.evaluations} | ${sec.toFixed(2)} | ${(npSeconds / sec).toFixed(1)} | ${diff.toFixed(3)} |`);
      }
    }
  }
  console.log('');
  for (const [backend, description] of descriptions) console.log(`ailca ${backend}: ${description}`);
}

const c = process.argv.indexOf('--child');
if (c > 0) {
  await child(process.argv[c + 1], process.argv[c + 2], Number(process.argv[c + 3]));
  process.exit(0);
} else {
  await main();
}
