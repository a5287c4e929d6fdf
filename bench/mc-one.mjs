// One end-to-end Monte Carlo run of the uncertain Xeon study with the built
// package (dist/, plain Node, no TypeScript loader), in its own process so
// that its peak memory is its own. bench/monte-carlo.ts runs it (after
// `npm run build`):
//
//   node bench/mc-one.mjs BACKEND N
//
// Prints one JSON line: backend, samples, seconds (runMonteCarlo: program
// generation, backend start, kernel compilation, sampling, float64
// statistics), mean, sd, p5/p50/p95, peak resident memory (MiB, the whole
// process: Node, the library, gpu.js and, for webgpu, Dawn and the Vulkan driver).
import { loadStudyFile, runMonteCarlo } from '../dist/index.js';

const [backend, n] = [process.argv[2], Number(process.argv[3])];
const study = loadStudyFile('examples/xeon-8468-uncertain.json').study;
const t0 = performance.now();
const r = await runMonteCarlo(study, { samples: n, seed: 1, backend, outputs: ['annualized.total'] });
const seconds = (performance.now() - t0) / 1000;
const s = r.outputs[0].summary;
console.log(
  JSON.stringify({
    backend: r.provenance.backend,
    description: r.provenance.backendDescription,
    samples: n,
    seconds,
    mean: s.mean,
    sd: s.sd,
    standardError: s.standardError,
    p5: s.percentiles.p5,
    p50: s.percentiles.p50,
    p95: s.percentiles.p95,
    peakMiB: process.resourceUsage().maxRSS / 1024,
  }),
);
