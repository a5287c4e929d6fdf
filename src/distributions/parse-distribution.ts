import { InputError } from '../errors/index.js';
import { checkNumber, suggest } from '../validate/index.js';
import { parseBeta } from './beta.js';
import { parseDiscrete } from './discrete.js';
import { distributionMean, distributionVariance } from './moments.js';
import { fixedDistribution, parseFixed } from './fixed.js';
import { parseLognormal } from './lognormal.js';
import { parseNormal } from './normal.js';
import { parsePert } from './pert.js';
import { SPEC_FORMS, type SpecReader } from './read-spec.js';
import { parseTriangular } from './triangular.js';
import type { Distribution, DistributionSpecName, ToNumber } from './types.js';
import { parseUniform } from './uniform.js';

const PARSERS: Readonly<Record<DistributionSpecName, (spec: SpecReader) => Distribution>> = {
  fixed: parseFixed,
  uniform: parseUniform,
  normal: parseNormal,
  lognormal: parseLognormal,
  triangular: parseTriangular,
  pert: parsePert,
  beta: parseBeta,
  discrete: parseDiscrete,
};

/** Names users write for the kinds, mapped to the name to write instead. */
const ALIASES: Readonly<Record<string, DistributionSpecName>> = {
  constant: 'fixed',
  point: 'fixed',
  gaussian: 'normal',
  truncnormal: 'normal',
  lognorm: 'lognormal',
  'log-normal': 'lognormal',
  triangle: 'triangular',
  tri: 'triangular',
  betapert: 'pert',
  'beta-pert': 'pert',
  'pert-beta': 'pert',
  empirical: 'discrete',
  categorical: 'discrete',
};

const NAMES = Object.keys(PARSERS) as DistributionSpecName[];

const defaultToNumber: ToNumber = (value, path) => checkNumber(value, path);

function unknownDist(dist: unknown, path: string): never {
  const text = typeof dist === 'string' ? dist : '';
  const lower = text.toLowerCase();
  const alias = (Object.hasOwn(ALIASES, lower) ? ALIASES[lower] : undefined) ?? (NAMES.includes(text.toLowerCase() as DistributionSpecName) ? text.toLowerCase() : undefined);
  const close = alias ?? suggest(text, NAMES, 1)[0];
  throw new InputError({
    path: `${path}.dist`,
    received: dist,
    problem: dist === undefined ? 'is missing' : 'is not a known distribution',
    expected: `one of ${NAMES.map((n) => `'${n}'`).join(', ')}`,
    fix: close !== undefined ? `did you mean '${close}'? It is written ${SPEC_FORMS[close]}` : "write e.g. {dist: 'triangular', min, mode, max}",
  });
}

/**
 * Validate a distribution as a user wrote it and normalise it to a frozen,
 * JSON-serialisable {@link Distribution}. Accepts
 * `{dist:'fixed', value}`, `{dist:'uniform', min, max}`,
 * `{dist:'normal', mean, sd, min?, max?}` (truncated when bounds are given),
 * a lognormal as exactly one of `{median, gsd}`, `{mu, sigma}` (log space)
 * or `{mean, sd}` (arithmetic), `{dist:'triangular', min, mode, max}`,
 * `{dist:'pert', min, mode, max, lambda?: 4}` (stored as a beta with
 * `from: 'pert'`), `{dist:'beta', alpha, beta, min?: 0, max?: 1}` and
 * `{dist:'discrete', values, weights?}`; a bare number or quantity string is
 * a constant. Parameters that carry the field's unit go through `toNumber`
 * (e.g. `"3 years"` → hours); gsd, mu, sigma, alpha, beta, lambda and weights
 * are plain numbers. Unknown keys are refused (a typo would otherwise be
 * ignored).
 *
 * Degenerate distributions (sd = 0, min = max, gsd = 1, sigma = 0, a single
 * value) are normalised to `{kind: 'fixed', value, from}` so that sensitivity
 * indices come out 0 instead of NaN.
 *
 * @param raw - the distribution as written (parsed JSON or a TS object)
 * @param path - the field path named in errors, e.g. `servers[0].lifetime`
 * @param toNumber - converts parameters with units to canonical numbers; default: finite numbers only
 * @returns the normalised distribution
 * @throws {@link InputError} naming the parameter path (`servers[0].lifetime.mode`), the value, the rule broken and the fix
 * @example
 * parseDistribution({ dist: 'triangular', min: 3, mode: 5, max: 7 }, 'lifetime'); // => { kind: 'triangular', min: 3, mode: 5, max: 7 }
 * parseDistribution({ dist: 'pert', min: 1, mode: 2, max: 3 }, 'x'); // => { kind: 'beta', alpha: 3, beta: 3, min: 1, max: 3, from: 'pert', mode: 2, lambda: 4 }
 * parseDistribution({ dist: 'normal', mean: 5, sd: 0 }, 'x'); // => { kind: 'fixed', value: 5, from: 'normal' }
 * parseDistribution({ dist: 'lognormal', mu: 0, sigma: 1 }, 'x'); // => { kind: 'lognormal', mu: 0, sigma: 1 }
 */
export function parseDistribution(raw: unknown, path: string, toNumber: ToNumber = defaultToNumber): Distribution {
  if (typeof raw === 'number' || typeof raw === 'string') return fixedDistribution(checkNumber(toNumber(raw, path), path));
  if (raw === null || typeof raw !== 'object' || Array.isArray(raw)) {
    throw new InputError({
      path,
      received: raw,
      problem: 'is not a distribution',
      expected: "a number, a quantity, or an object such as {dist: 'triangular', min, mode, max}",
    });
  }
  const obj = raw as Readonly<Record<string, unknown>>;
  const dist = obj.dist;
  if (typeof dist !== 'string' || !Object.prototype.hasOwnProperty.call(PARSERS, dist)) unknownDist(dist, path);
  const d = PARSERS[dist as DistributionSpecName]({ dist, raw: obj, path, toNumber });
  if (!Number.isFinite(distributionMean(d)) || !Number.isFinite(distributionVariance(d))) {
    throw new InputError({
      path,
      received: raw,
      problem: 'has an infinite mean or variance in float64',
      expected: 'parameters whose mean and variance are finite numbers',
      fix: 'check the units and the spread (a lognormal sigma of 30 means a factor e^30 per sd)',
    });
  }
  return d;
}
