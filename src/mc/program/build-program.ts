import { choleskyCorrelation, isUncertain, quantileForm, rankCorrelationToPearson, type CholeskyFactor, type Distribution } from '../../distributions/index.js';
import { AilcaError, InputError } from '../../errors/index.js';
import { floatLiteral as f, generateCode, type CompiledGraph } from '../../graph/index.js';
import type { SampleProgram } from '../backends/program.js';
import { inverseNormalCode, normalCdfCode } from './inverse-normal-code.js';
import { quantileCode, usesOnlyNormalScore } from './quantile-code.js';
import { samplerCode } from './sampler-code.js';

/**
 * Smallest uniform a draw is raised to: 2^−25, half the PCG grid step
 * 2^−24. A draw of exactly 0 (probability 2^−24) would send unbounded
 * inverse CDFs to −∞; raising it to the middle of the first grid cell keeps
 * every input finite and changes nothing else.
 */
export const MIN_UNIFORM = 2 ** -25;
/** Largest uniform after the Gaussian copula: 1 − 2^−24, the largest PCG draw. */
export const MAX_UNIFORM = 1 - 2 ** -24;

/** An uncertain input of a program and the uniform column that drives it. */
export interface ProgramInput {
  /** Input name: its study path, e.g. `servers[0].lifetime`. */
  readonly name: string;
  /** Its distribution, in the canonical unit. */
  readonly distribution: Distribution;
  /** Index of its uniform: the j-th draw of a sample, or column j of a design. */
  readonly column: number;
}

/** A program generated from a model, with what is needed to reproduce it on the host. */
export interface BuiltProgram {
  /** The generated program (kernel source, uniforms per sample, outputs). */
  readonly program: SampleProgram;
  /** The output keys, in the order of `program.outputs`. */
  readonly outputKeys: readonly string[];
  /** Uncertain inputs, in draw order. */
  readonly inputs: readonly ProgramInput[];
  /** Values of the fixed inputs, written into the code as literals. */
  readonly fixed: ReadonlyMap<string, number>;
  /** Gaussian copula of correlated inputs: their columns and the Cholesky factor. */
  readonly copula?: {
    /** Uniform columns of the correlated inputs, in the order of the factor's rows. */
    readonly columns: readonly number[];
    /** Cholesky factor of their (normal-score) correlation matrix. */
    readonly cholesky: CholeskyFactor;
  };
}

/** Options of {@link buildProgram}. */
export interface BuildProgramOptions {
  /** Leave rank correlations out (sensitivity designs assume independent inputs). */
  readonly ignoreCorrelations?: boolean;
  /**
   * Read these inputs' values from the rows of a design (`given` mode)
   * instead of drawing them: each becomes a draw site `let x = Math.random();`
   * that the given mode replaces by its column, in the order listed; every
   * other input is fixed at its base value and correlations are ignored.
   */
  readonly designInputs?: readonly string[];
}

/**
 * Generate the sampling program of a model: one uniform per uncertain input
 * (in model order), an optional Gaussian copula for rank-correlated inputs,
 * the inverse CDF of each input, then the model's expressions for the
 * requested outputs. The same program runs on every backend and, in `given`
 * mode, maps the columns of a sensitivity design.
 *
 * @param model - a compiled model
 * @param outputKeys - the outputs to compute, in order
 * @throws {@link InputError} for an unknown output key
 */
export function buildProgram(model: CompiledGraph, outputKeys: readonly string[], options: BuildProgramOptions = {}): BuiltProgram {
  const inputs: ProgramInput[] = [];
  const fixed = new Map<string, number>();
  const design = options.designInputs;
  if (design !== undefined) {
    const known = new Map(model.inputs.map((i) => [i.name, i]));
    for (const name of design) {
      const i = known.get(name);
      if (i === undefined) throw new InputError({ path: 'inputs', received: name, expected: `inputs of the model: ${[...known.keys()].join(', ')}`, problem: 'is not an input of the model' });
      inputs.push({ name, distribution: isUncertain(i.distribution) ? i.distribution : { kind: 'fixed', value: i.value }, column: inputs.length });
    }
    for (const i of model.inputs) if (!design.includes(i.name)) fixed.set(i.name, i.value);
  } else {
    for (const i of model.inputs) {
      if (isUncertain(i.distribution)) inputs.push({ name: i.name, distribution: i.distribution, column: inputs.length });
      else fixed.set(i.name, i.value);
    }
  }
  const byName = new Map(inputs.map((i) => [i.name, i]));
  const lines: string[] = [];
  const tables: Record<string, readonly number[]> = {};
  if (design !== undefined) {
    for (const i of inputs) lines.push(`let x${i.column} = Math.random();`);
  } else {
    for (const i of inputs) lines.push(`const u${i.column} = Math.max(Math.random(), ${f(MIN_UNIFORM)});`);
  }
  const uniformOf = new Map(inputs.map((i) => [i.column, `u${i.column}`]));

  let copula: BuiltProgram['copula'];
  const direct = new Set<number>();
  const correlations = options.ignoreCorrelations || design !== undefined ? [] : model.correlations;
  if (correlations.length > 0) {
    const members = [...new Set(correlations.flatMap((c) => [c.a, c.b]))].map((n) => {
      const inp = byName.get(n);
      if (inp === undefined) throw new InputError({ path: 'correlations', received: n, expected: 'an uncertain input of the study', problem: 'names no uncertain input' });
      return inp.column;
    });
    const pos = new Map(members.map((c, k) => [c, k]));
    const matrix = members.map((_, r) => members.map((_c, c) => (r === c ? 1 : 0)));
    for (const c of correlations) {
      const a = pos.get((byName.get(c.a) as ProgramInput).column) as number;
      const b = pos.get((byName.get(c.b) as ProgramInput).column) as number;
      const r = rankCorrelationToPearson(c.rank);
      (matrix[a] as number[])[b] = r;
      (matrix[b] as number[])[a] = r;
    }
    const cholesky = choleskyCorrelation(matrix, 'correlations', members.map((c) => (inputs[c]).name));
    members.forEach((c) => {
      lines.push(`let zi${c} = 0.0;`, inverseNormalCode(`u${c}`, `zi${c}`, `ci${c}`));
    });
    members.forEach((c, k) => {
      const row = cholesky[k];
      const terms = members.slice(0, k + 1).map((m, j) => `${f(row[j])} * zi${m}`);
      lines.push(`const zc${c} = ${terms.join(' + ')};`);
      const form = quantileForm((inputs[c]).distribution);
      // Normal and lognormal marginals take the correlated normal score directly (exact, no Φ round trip).
      if (form !== undefined && usesOnlyNormalScore(form)) {
        lines.push(quantileCode(form, `uc${c}`, `x${c}`, `${c}`, `zc${c}`));
        direct.add(c);
        return;
      }
      lines.push(`let uc${c} = 0.0;`, normalCdfCode(`zc${c}`, `uc${c}`, `cc${c}`));
      lines.push(`uc${c} = Math.min(Math.max(uc${c}, ${f(MIN_UNIFORM)}), ${f(MAX_UNIFORM)});`);
      uniformOf.set(c, `uc${c}`);
    });
    copula = { columns: members, cholesky };
  }

  for (const i of design !== undefined ? [] : inputs.filter((x) => !direct.has(x.column))) {
    const code = samplerCode(i.distribution, uniformOf.get(i.column) as string, `x${i.column}`, `${i.column}`);
    lines.push(code.statements);
    Object.assign(tables, code.tables);
  }
  const outputs = outputKeys.map((k) => {
    const o = model.outputs.find((x) => x.key === k);
    if (o === undefined) throw new InputError({ path: 'outputs', received: k, expected: `one of ${model.outputs.map((x) => x.key).join(', ')}`, problem: 'is not an output of the model' });
    return o.expr;
  });
  const code = generateCode(outputs, {
    prefix: 'm',
    fixed,
    inputRef: (name) => {
      const u = byName.get(name);
      if (u !== undefined) return `x${u.column}`;
      const v = fixed.get(name);
      if (v === undefined) throw new AilcaError(`model input "${name}" is not declared`);
      return f(v);
    },
  });
  lines.push(code.statements);
  // An output that is a bare input, a literal or a repeat of another output needs a variable of its own.
  const used = new Set<string>();
  const outNames = code.outputs.map((expr, k) => {
    if (/^m\d+$/.test(expr) && !used.has(expr)) {
      used.add(expr);
      return expr;
    }
    lines.push(`const out${k} = ${expr};`);
    return `out${k}`;
  });
  const program: SampleProgram = { statements: lines.join('\n'), outputs: outNames, tables, uniformsPerSample: inputs.length };
  return { program, outputKeys: [...outputKeys], inputs, fixed, ...(copula ? { copula } : {}) };
}
