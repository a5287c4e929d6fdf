import { InputError } from '../errors/index.js';

/** One rule of a node-name → accelerator mapping: a glob over host names and a hardware-catalogue id. */
export interface GpuMapRule {
  /** Glob over host names: `*` any run of characters, `?` one character (`gpu-a*`, `node0?`). */
  readonly pattern: string;
  /** Hardware-catalogue id of the accelerators on matching nodes (`nvidia-a100-sxm4-80gb`). */
  readonly catalogue: string;
}

/**
 * Read a `PATTERN=CATALOGUE_ID` rule (the CLI flag `--gpu-map`, repeatable).
 *
 * @param text - the rule as written
 * @param path - where it was given, for the error (`--gpu-map`)
 * @throws {@link InputError} when the text is not PATTERN=ID
 * @example
 * parseGpuMapRule('gpu-a*=nvidia-a100-sxm4-80gb', '--gpu-map'); // => { pattern: 'gpu-a*', catalogue: 'nvidia-a100-sxm4-80gb' }
 */
export function parseGpuMapRule(text: string, path: string): GpuMapRule {
  const eq = text.lastIndexOf('=');
  const pattern = eq > 0 ? text.slice(0, eq) : '';
  const catalogue = eq > 0 ? text.slice(eq + 1) : '';
  if (pattern === '' || catalogue === '' || !/^[A-Za-z0-9*?._-]+$/.test(pattern)) {
    throw new InputError({ path, received: text, expected: 'NODE_GLOB=CATALOGUE_ID, e.g. "gpu-a*=nvidia-a100-sxm4-80gb" (glob of letters, digits, . _ - * ?)', problem: 'is not a node-pattern mapping' });
  }
  return { pattern, catalogue };
}

function globToRegExp(glob: string): RegExp {
  return new RegExp(`^${glob.replace(/[.+^${}()|[\]\\-]/g, '\\$&').replace(/\*/g, '.*').replace(/\?/g, '.')}$`);
}

/**
 * The catalogue id of the accelerators a job ran on, from its host names:
 * each host takes the first rule whose pattern matches it; every host must
 * match one and all must agree.
 *
 * @param hosts - the job's expanded NodeList
 * @param rules - the mapping, in order
 * @param path - where the job is (file and row), for the error
 * @returns the catalogue id
 * @throws {@link InputError} when a host matches no rule or the hosts map to different accelerators
 * @example
 * gpuModelOfHosts(['gpu-a01', 'gpu-a02'], [{ pattern: 'gpu-a*', catalogue: 'nvidia-a100-sxm4-80gb' }], 'sacct.txt row 2'); // => 'nvidia-a100-sxm4-80gb'
 */
export function gpuModelOfHosts(hosts: readonly string[], rules: readonly GpuMapRule[], path: string): string {
  const compiled = rules.map((r) => ({ ...r, re: globToRegExp(r.pattern) }));
  const models = new Set<string>();
  for (const host of hosts) {
    const rule = compiled.find((r) => r.re.test(host));
    if (rule === undefined) {
      throw new InputError({ path, received: host, expected: `a host matching one of the --gpu-map patterns (${rules.map((r) => r.pattern).join(', ') || 'none given'})`, problem: 'ran GPUs on a host no rule maps to an accelerator', fix: `add --gpu-map '${host.replace(/\d+$/, '*')}=CATALOGUE_ID', or give --gpu CATALOGUE_ID for every GPU` });
    }
    models.add(rule.catalogue);
  }
  if (models.size !== 1) {
    throw new InputError({ path, received: [...models].join(' and '), expected: 'one accelerator model per job', problem: 'spans nodes mapped to different accelerators', fix: 'check the --gpu-map patterns; a heterogeneous job cannot be split by node from sacct totals' });
  }
  return [...models][0];
}
