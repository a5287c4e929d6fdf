import { AilcaError } from '../../errors/index.js';

/** gpu.js's `utils.sanitizeName` for names without `$`: the first `__` becomes `U_U`, else the first `_` becomes `u_u`. */
function gpuJsName(name: string): string {
  return name.includes('__') ? name.replace('__', 'U_U') : name.replace('_', 'u_u');
}

/**
 * The WGSL of a fused kernel: gpu.js's own translation of a program's
 * group-0 kernel (`kernelSource(p, 0, n)`, compiled for webgpu) with its
 * return block — `let kernelResultVec… = vec4<f32>(…);` and n stores, or
 * `result[data_index] = …;` for one output — replaced by one store per
 * output, `result[data_index * K + k] = f32(user_<name>);`. The statements,
 * the PCG stream (`pcg_random`, seeded per cell from `params.randomSeed`
 * and `data_index`), the table accessors and the bindings stay gpu.js's, so
 * a sample is the same arithmetic as in the group kernels, computed once
 * for all K outputs, which are written with stride K.
 *
 * The statements cannot contain `return` (check-program.ts), so the only
 * root-kernel stores are the return block's.
 *
 * @param compiled - the group-0 kernel's `compiledSource`
 * @param outputs - the program's output names, in order
 * @throws AilcaError when the source does not have the expected shape (gpu.js internals changed)
 * @internal
 */
export function fusedWgsl(compiled: string, outputs: readonly string[]): string {
  const k = outputs.length;
  const end = compiled.lastIndexOf('return;');
  const vec = compiled.lastIndexOf('let kernelResultVec');
  const scalar = compiled.lastIndexOf('result[data_index] = ');
  const begin = vec >= 0 ? vec : scalar;
  if (begin < 0 || end < begin || compiled.slice(end).replace(/\s/g, '') !== 'return;}') {
    throw new AilcaError('fused webgpu kernel: gpu.js\'s WGSL has no return block where expected (gpu.js internals changed?)');
  }
  const stores = outputs.map((name, j) => {
    const wgslName = `user_${gpuJsName(name)}`;
    if (!new RegExp(`\\b(var|let) ${wgslName}\\b`).test(compiled)) {
      throw new AilcaError(`fused webgpu kernel: gpu.js's WGSL does not declare output ${name} as ${wgslName} (gpu.js internals changed?)`);
    }
    return `result[data_index * ${k} + ${j}] = f32(${wgslName});`;
  });
  return `${compiled.slice(0, begin)}${stores.join('\n')}\n${compiled.slice(end)}`;
}
