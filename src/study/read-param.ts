import { distributionMean, distributionSupport, parseDistribution, type Distribution } from '../distributions/index.js';
import { InputError } from '../errors/index.js';
import type { Param, SourceRef } from '../system/index.js';
import { parseQuantity, QUANTITY_KINDS } from '../units/index.js';
import { checkFraction, checkNumber, describeRule } from '../validate/index.js';
import type { SourcedFactor } from './factor-lookup.js';
import type { FieldSpec, ParamRule, ParseContext } from './parse-context.js';
import { readObject, readSource, type RawObject } from './read-object.js';
import { STUDY_FIELDS } from './format/study-fields.js';

/** The fallback used when a field is absent. */
export interface ParamFallback {
  readonly status: 'default' | 'dataset';
  readonly factor: SourcedFactor;
}

function checkValue(value: number, path: string, spec: FieldSpec, what: string): void {
  const rule: ParamRule = spec.rule ?? {};
  if (spec.kind === 'fraction') {
    checkFraction(value, path);
    // a share that must be > 0 (an efficiency, an accuracy) would divide by zero or mean nothing at 0
    if (rule.minExclusive === true) checkNumber(value, path, { min: 0, max: 1, minExclusive: true, fix: rule.fix ? `${rule.fix}${what}` : 'give a share greater than 0' });
    return;
  }
  checkNumber(value, path, {
    min: rule.min,
    max: rule.max,
    minExclusive: rule.minExclusive,
    unit: QUANTITY_KINDS[spec.kind].canonical === '1' ? undefined : QUANTITY_KINDS[spec.kind].canonical,
    fix: rule.fix ? `${rule.fix}${what}` : undefined,
  });
}

function checkSupport(d: Distribution, path: string, spec: FieldSpec): void {
  const [lo, hi] = distributionSupport(d);
  const rule = spec.rule ?? {};
  const min = spec.kind === 'fraction' ? 0 : rule.min;
  const max = spec.kind === 'fraction' ? 1 : rule.max;
  const tooLow = min !== undefined && (rule.minExclusive ? lo <= min : lo < min);
  const tooHigh = max !== undefined && hi > max;
  if (tooLow || tooHigh) {
    const expected = spec.kind === 'fraction' ? 'a distribution inside [0, 1]' : `a distribution whose values are all ${describeRule({ ...rule, min, max }).replace(/^a finite number /, '')}`;
    throw new InputError({
      path,
      received: `a distribution over [${lo}, ${hi}]`,
      expected,
      problem: 'allows invalid values',
      fix: 'bound it: give min/max for a normal, or choose a bounded distribution (uniform, triangular, PERT, beta)',
    });
  }
}

/**
 * The value of a `{"value": …, "unit": …}` wrapper: a bare number with a
 * `unit` is read in that unit (`{"value": 0.7, "unit": "kW"}` is 700 W),
 * never silently in the canonical unit; a unit beside a quantity string or a
 * distribution is refused, since the value carries its own units.
 */
function withUnit(o: RawObject, path: string, spec: FieldSpec): unknown {
  if (o.unit === undefined) return o.value;
  if (typeof o.unit !== 'string' || o.unit.trim() === '') {
    throw new InputError({ path: `${path}.unit`, received: o.unit, expected: `a unit such as "${QUANTITY_KINDS[spec.kind].canonical}"`, problem: 'must be a string' });
  }
  if (typeof o.value !== 'number') {
    throw new InputError({ path: `${path}.unit`, received: o.unit, expected: 'a unit only beside a bare number', problem: 'is given beside a value that carries its own units', fix: 'remove "unit", or give the value as a bare number' });
  }
  // NaN and ±Infinity are left to parseQuantity, which refuses them with the usual message
  if (!Number.isFinite(o.value) || o.unit.trim() === QUANTITY_KINDS[spec.kind].canonical) return o.value;
  return `${o.value} ${o.unit}`;
}

/**
 * Read one numeric field of a study into a {@link Param}: a number in the
 * canonical unit, a quantity string (`"350 W"`), a distribution
 * (`{"dist": "triangular", "min": "3 years", "mode": "5 years", "max": "7 years"}`,
 * with an optional `base` value), a reference to a shared draw
 * (`{"shared": "gridDE"}`), or any of these wrapped as
 * `{"value": …, "source": "citation"}` (a bare number there may carry a
 * `"unit"`). Absent fields take the fallback
 * (reported as default or dataset) or are refused.
 *
 * @throws {@link InputError} naming the path, value, valid range and fix
 */
export function readParam(
  ctx: ParseContext,
  raw: unknown,
  path: string,
  spec: FieldSpec,
  fallback?: ParamFallback,
  source?: SourceRef,
): Param {
  const unit = QUANTITY_KINDS[spec.kind].canonical;
  if (raw === undefined) {
    if (fallback === undefined) {
      throw new InputError({ path, received: undefined, expected: `${QUANTITY_KINDS[spec.kind].description} such as "${QUANTITY_KINDS[spec.kind].examples[0]}"`, problem: 'is missing' });
    }
    return record(ctx, fallbackParam(path, spec, fallback), spec);
  }
  if (typeof raw === 'object' && raw !== null && !Array.isArray(raw)) {
    const obj = raw as RawObject;
    if ('value' in obj) {
      const o = readObject(obj, path, STUDY_FIELDS.sourcedValue);
      return readParam(ctx, withUnit(o, path, spec), path, spec, fallback, readSource(o, path) ?? source);
    }
    if ('shared' in obj) return readShared(ctx, readObject(obj, path, STUDY_FIELDS.sharedValue), path, spec);
    if ('dist' in obj) {
      const { base, source: _s, ...rest } = obj;
      const d = parseDistribution(rest, path, (v, p) => parseQuantity(v, spec.kind, p));
      checkSupport(d, path, spec);
      const value = base === undefined ? distributionMean(d) : parseQuantity(base, spec.kind, `${path}.base`);
      if (base !== undefined) checkValue(value, `${path}.base`, spec, '');
      const param: Param = { path, kind: spec.kind, unit, value, distribution: d, status: 'input', source: readSource(obj, path) ?? source };
      return record(ctx, param, spec);
    }
  }
  const value = parseQuantity(raw, spec.kind, path);
  checkValue(value, path, spec, '');
  return record(ctx, { path, kind: spec.kind, unit, value, status: 'input', source }, spec);
}

function fallbackParam(path: string, spec: FieldSpec, fallback: ParamFallback): Param {
  const f = fallback.factor;
  const unit = QUANTITY_KINDS[spec.kind].canonical;
  return { path, kind: spec.kind, unit, value: f.value, status: fallback.status, source: f.source };
}

function readShared(ctx: ParseContext, obj: RawObject, path: string, spec: FieldSpec): Param {
  const name = obj.shared;
  const draw = typeof name === 'string' ? ctx.shared.get(name) : undefined;
  if (typeof name !== 'string' || draw === undefined) {
    throw new InputError({
      path: `${path}.shared`,
      received: name,
      expected: `the name of a draw defined in the study's "shared" block (${[...ctx.shared.keys()].join(', ') || 'none defined'})`,
      problem: 'does not name a shared draw',
    });
  }
  if (draw.param === undefined) {
    const inner = readParam({ ...ctx, params: [] }, draw.raw, `shared.${name}`, spec);
    draw.param = { ...inner, shared: name };
    ctx.params.push(draw.param);
  } else if (draw.param.kind !== spec.kind) {
    throw new InputError({
      path,
      received: `shared draw "${name}" (${QUANTITY_KINDS[draw.param.kind].description})`,
      expected: `a draw of ${QUANTITY_KINDS[spec.kind].description}`,
      problem: 'uses a shared draw of another kind',
      fix: 'share draws only between fields of the same kind and unit',
    });
  } else {
    checkValue(draw.param.value, path, spec, '');
    if (draw.param.distribution !== undefined) checkSupport(draw.param.distribution, path, spec);
  }
  return { ...draw.param, path, shared: name };
}

function record(ctx: ParseContext, param: Param, spec: FieldSpec): Param {
  const p = spec.rule?.plausible;
  if (p !== undefined && (param.value < p.low || param.value > p.high)) {
    ctx.warnings.push(`${param.path} = ${param.value} ${param.unit} is outside the plausible range [${p.low}, ${p.high}] ${param.unit}: ${p.why}`);
  }
  if (param.shared === undefined) ctx.params.push(param);
  return param;
}
