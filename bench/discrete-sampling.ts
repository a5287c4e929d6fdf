/**
 * Sampling a discrete input with k values: the kernels' old chain of k − 1
 * comparisons per sample against the binary search of a cumulative-weight
 * table (log2 k steps) that replaced it (issue 16).
 *
 *   npx tsx bench/discrete-sampling.ts [--sizes 10,1000,8760,100000] [--backends js,webasm] [--samples 100000]
 *
 * Each row times one kernel run (after a small warm-up run that compiles it)
 * of a program whose only output is the discrete input, seed 1. The scan runs
 * at most 2e8 / k samples (it would take minutes at k = 1e5); both methods
 * are checked to give identical samples on the samples they share.
 */
import { parseDistribution, type DiscreteDistribution } from '../src/distributions/index.js';
import { floatLiteral as f } from '../src/graph/index.js';
import { createBackend, DISCRETE_SCAN_MAX, discreteSamplerCode, MIN_UNIFORM, type BackendName, type SampleProgram } from '../src/mc/index.js';

const arg = (name: string, fallback: string) => {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? (process.argv[i + 1]) : fallback;
};
const sizes = arg('sizes', '10,1000,8760,100000').split(',').map(Number);
const backends = arg('backends', 'js,webasm').split(',') as BackendName[];
const samples = Number(arg('samples', '100000'));

function discreteOf(k: number): DiscreteDistribution {
  const values = Array.from({ length: k }, (_, j) => j + 1);
  return parseDistribution({ dist: 'discrete', values, weights: values.map((_, j) => 1 + (j % 7)) }, 'x') as DiscreteDistribution;
}

const draw = `const u0 = Math.max(Math.random(), ${f(MIN_UNIFORM)});`;

/** The code every discrete input compiled to before: k − 1 comparisons. */
function scanProgram(d: DiscreteDistribution): SampleProgram {
  const k = d.values.length;
  const lines = [draw, `let x0 = ${f(d.values[k - 1])};`];
  for (let j = k - 2; j >= 0; j -= 1) lines.push(`if (u0 < ${f(d.cumulative[j])}) { x0 = ${f(d.values[j])}; }`);
  return { statements: lines.join('\n'), outputs: ['x0'], uniformsPerSample: 1 };
}

/** The code they compile to now (still the chain up to DISCRETE_SCAN_MAX values). */
function searchProgram(d: DiscreteDistribution): SampleProgram {
  const code = discreteSamplerCode(d, 'u0', 'x0', '0');
  return { statements: `${draw}\n${code.statements}`, outputs: ['x0'], tables: code.tables, uniformsPerSample: 1 };
}

async function time(name: BackendName, program: SampleProgram, n: number): Promise<{ seconds: number; out: ArrayLike<number> }> {
  const backend = await createBackend(name);
  try {
    const kernel = await backend.compile(program);
    await kernel.run(0, Math.min(n, 256), 1);
    const t0 = performance.now();
    const out = (await kernel.run(0, n, 1))[0] as ArrayLike<number>;
    const seconds = (performance.now() - t0) / 1000;
    kernel.dispose();
    return { seconds, out };
  } finally {
    await backend.dispose();
  }
}

console.log(`node ${process.version}; ${new Date().toISOString()}`);
console.log('| k | backend | method | samples | seconds | samples/s | search ÷ scan speed |');
console.log('| --- | --- | --- | --- | --- | --- | --- |');
for (const k of sizes) {
  const d = discreteOf(k);
  for (const b of backends) {
    const nScan = Math.min(samples, Math.max(1000, Math.floor(2e8 / k)));
    const scan = await time(b, scanProgram(d), nScan);
    const search = await time(b, searchProgram(d), samples);
    for (let i = 0; i < nScan; i += 1) if (scan.out[i] !== search.out[i]) throw new Error(`k = ${k}, ${b}: sample ${i} differs`);
    const rate = (n: number, s: number) => n / s;
    const speed = rate(samples, search.seconds) / rate(nScan, scan.seconds);
    const row = (m: string, n: number, s: number, x: string) => console.log(`| ${k} | ${b} | ${m} | ${n} | ${s.toFixed(3)} | ${rate(n, s).toExponential(2)} | ${x} |`);
    row('scan (before)', nScan, scan.seconds, '');
    row(k > DISCRETE_SCAN_MAX ? 'binary search (now)' : 'chain (now, k ≤ 16)', samples, search.seconds, `${speed.toFixed(1)}×`);
  }
}
