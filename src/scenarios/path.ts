import { InputError } from '../errors/index.js';

/** One step of a study path: a field name or a list index. */
export type PathStep = string | number;

/**
 * Split a study path such as `servers[0].components[2].dieArea` into steps.
 * @throws {@link InputError} for a malformed path
 * @example
 * parsePath('servers[0].lifetime'); // => ['servers', 0, 'lifetime']
 */
export function parsePath(path: string, where = 'path'): PathStep[] {
  const steps: PathStep[] = [];
  const re = /([A-Za-z_$][\w$]*)|\[(\d+)\]|(\.)/gy;
  let m: RegExpExecArray | null;
  let expectName = true;
  let last = 0;
  while ((m = re.exec(path)) !== null) {
    last = re.lastIndex;
    if (m[1] !== undefined) {
      if (!expectName) break;
      steps.push(m[1]);
      expectName = false;
    } else if (m[2] !== undefined) {
      if (steps.length === 0) break;
      steps.push(Number(m[2]));
    } else {
      if (expectName) break;
      expectName = true;
    }
  }
  if (last !== path.length || steps.length === 0 || expectName) {
    throw new InputError({ path: where, received: path, expected: 'a study path such as "servers[0].lifetime" or "cloud.gridIntensity"', problem: 'is not a valid path' });
  }
  return steps;
}

/**
 * A copy of `obj` with the value at `path` replaced (or added, when the parent
 * exists); the input is never mutated.
 *
 * @throws {@link InputError} when the path leads through a missing or non-object value
 * @example
 * setPath({ a: [{ b: 1 }] }, 'a[0].b', 2); // => { a: [{ b: 2 }] }
 */
export function setPath<T>(obj: T, path: string, value: unknown, where = 'path'): T {
  const steps = parsePath(path, where);
  const go = (node: unknown, i: number): unknown => {
    const step = steps[i];
    const isIndex = typeof step === 'number';
    const container = isIndex ? Array.isArray(node) : typeof node === 'object' && node !== null && !Array.isArray(node);
    if (!container || (isIndex && (step) >= (node as unknown[]).length)) {
      throw new InputError({
        path: where,
        received: path,
        expected: `a path into the study; "${steps.slice(0, i + 1).join('.')}" does not exist`,
        problem: 'leads nowhere',
        fix: 'check the path against the study file (lists are indexed from 0)',
      });
    }
    const own = Object.hasOwn(node as object, step) ? (node as Record<string | number, unknown>)[step] : undefined;
    const child = i === steps.length - 1 ? value : go(own, i + 1);
    if (isIndex) {
      const copy = [...(node as unknown[])];
      copy[step] = child;
      return copy;
    }
    // a computed key always makes an own property, so a step named __proto__ cannot reach the prototype
    return { ...(node as Record<string, unknown>), [step]: child };
  };
  return go(obj, 0) as T;
}
