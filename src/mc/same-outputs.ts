import { isUncertain } from '../distributions/index.js';
import { generateCode, type CompiledGraph } from '../graph/index.js';

/** Outputs of a run grouped by the computation they are: each key's representative among the keys. */
export interface SameOutputs {
  /** The keys to sample: the first key of every distinct computation, in the order given. */
  readonly distinct: readonly string[];
  /** For every key given, the key of `distinct` whose samples it shares (itself when it is distinct). */
  readonly sampledAs: ReadonlyMap<string, string>;
}

/**
 * Group outputs that are the same computation: after the fixed inputs are
 * folded, the code generator gives two outputs one variable exactly when
 * their expressions are the same tree of the same operations on the same
 * inputs (common-subexpression elimination, src/graph/codegen.ts). Such
 * outputs have bit-identical samples on every backend, so sampling and
 * reducing each once is exact: in a study whose functional unit is a year,
 * `functionalUnit` is `annualized.total`, in every category, and the report's
 * stage outputs repeat `annualized.embodied` and `operational.annual` when
 * there is no transport or end of life. Outputs that merely have equal
 * values but different expressions (a + b against b + a) stay apart.
 *
 * @param model - the compiled study
 * @param keys - output keys of the run that an uncertain input reaches, each once
 * @example
 * const study = loadStudyFile('examples/xeon-8468-uncertain.json').study;
 * const same = sameOutputs(compileStudy(study), ['functionalUnit', 'annualized.total', 'annualized.embodied']);
 * same.distinct; // => ['functionalUnit', 'annualized.embodied']
 * same.sampledAs.get('annualized.total'); // => 'functionalUnit'
 */
export function sameOutputs(model: CompiledGraph, keys: readonly string[]): SameOutputs {
  const fixed = new Map(model.inputs.filter((i) => !isUncertain(i.distribution)).map((i) => [i.name, i.value]));
  const exprOf = new Map(model.outputs.map((o) => [o.key, o.expr]));
  const exprs = keys.map((k) => {
    const e = exprOf.get(k);
    if (e === undefined) throw new Error(`sameOutputs: "${k}" is not an output of the model`);
    return e;
  });
  // inputs by name, in brackets no variable name of the generator can take
  const code = generateCode(exprs, { prefix: 'm', fixed, inputRef: (name) => `[${name}]` });
  const first = new Map<string, string>();
  const sampledAs = new Map<string, string>();
  const distinct: string[] = [];
  keys.forEach((k, i) => {
    const variable = code.outputs[i];
    const seen = first.get(variable);
    if (seen !== undefined) {
      sampledAs.set(k, seen);
      return;
    }
    first.set(variable, k);
    sampledAs.set(k, k);
    distinct.push(k);
  });
  return { distinct, sampledAs };
}
