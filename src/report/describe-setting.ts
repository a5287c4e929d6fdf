import { formatInput } from './display-rules.js';

function value(v: unknown): string {
  if (typeof v === 'number') return formatInput(v);
  if (typeof v === 'string') return v;
  return JSON.stringify(v);
}

/**
 * A value a scenario sets, in words: a number or unit string as written, a
 * distribution as `family(field value, …)` without its source text.
 *
 * @param v - the value as written in the scenario's `set`
 * @returns a short description
 * @example
 * describeSetting({ dist: 'triangular', min: '2 years', mode: '3 years', max: '4 years' }); // => 'triangular(min 2 years, mode 3 years, max 4 years)'
 * describeSetting({ dist: 'uniform', min: 0.03, max: 0.07, base: 0.05, source: 'renewable supply' }); // => 'uniform(min 0.03, max 0.07, base 0.05)'
 * describeSetting('3 years'); // => '3 years'
 */
export function describeSetting(v: unknown): string {
  if (typeof v !== 'object' || v === null || Array.isArray(v) || typeof (v as { dist?: unknown }).dist !== 'string') return value(v);
  const { dist, source: _source, ...fields } = v as Record<string, unknown>;
  return `${String(dist)}(${Object.entries(fields).map(([k, x]) => `${k} ${value(x)}`).join(', ')})`;
}
