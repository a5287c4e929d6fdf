/**
 * Sobol first- and total-order indices (Saltelli design, Saltelli 2010 and
 * Jansen estimators, 1,000-resample percentile bootstrap) of two studies at
 * N = 2^14 base samples, with ailca and with numpy in the same run (issue 4's
 * benchmark):
 *   - examples/xeon-8468-uncertain.json (6 uncertain inputs)
 *   - bench/studies/xeon-20-inputs.json (20 uncertain inputs)
 *
 *   npx tsx bench/sobol.ts [--n 16384] [--backends js,webasm,webgpu] [--repeat 3]
 *
 * Prints, per study and method, the median wall-clock seconds (design, model
 * evaluations on the backend, estimators and bootstrap), the ratio to numpy,
 * and the largest difference between ailca's and numpy's indices (both are
 * estimates from different random designs: they agree to sampling error).
 */
import { execFileSync } from 'node:child_process';
import { analyseStudy } from '../src/analysis/index.js';
import { loadStudyFile } from '../src/scenarios/index.js';

const arg = (name: string, fallback: string) => {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? (process.argv[i + 1] as string) : fallback;
};
const n = Number(arg('n', '16384'));
const backends = arg('backends', 'js,webasm,webgpu').split(',');
const repeat = Number(arg('repeat', '3'));
const STUDIES = [
  { file: 'examples/xeon-8468-uncertain.json', numpy: 'xeon6' },
  { file: 'bench/studies/xeon-20-inputs.json', numpy: 'xeon20' },
];
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] as number;

console.log(`Sobol S1/ST, N = ${n}, 1,000 bootstrap resamples; ${new Date().toISOString()}`);
console.log('| study | method | evaluations | seconds | × numpy | max |ΔST| vs numpy |');
console.log('| --- | --- | --- | --- | --- | --- |');
for (const s of STUDIES) {
  const np: { seconds: number; ST: number[]; evaluations: number }[] = [];
  for (let r = 0; r < repeat; r += 1) np.push(JSON.parse(execFileSync('python3', ['bench/sobol_numpy.py', s.numpy, String(n), '1000', String(r + 1)], { encoding: 'utf8' })));
  const npSeconds = median(np.map((x) => x.seconds));
  console.log(`| ${s.numpy} | numpy + scipy | ${np[0]!.evaluations} | ${npSeconds.toFixed(2)} | 1.0 | |`);
  const study = loadStudyFile(s.file).study;
  for (const backend of backends) {
    const times: number[] = [];
    let st: number[] = [];
    for (let r = 0; r < repeat; r += 1) {
      const t0 = performance.now();
      const res = await analyseStudy(study, { method: 'sobol', samples: n, seed: r + 1, backend: backend as 'js' });
      times.push((performance.now() - t0) / 1000);
      st = Object.values(res.sobol!.outputs.functionalUnit!.indices).map((v) => v.ST);
    }
    const sec = median(times);
    const diff = Math.max(...st.map((v, i) => Math.abs(v - (np[0]!.ST[i] as number))));
    console.log(`| ${s.numpy} | ailca ${backend} | ${np[0]!.evaluations} | ${sec.toFixed(2)} | ${(npSeconds / sec).toFixed(1)} | ${diff.toFixed(3)} |`);
  }
}
