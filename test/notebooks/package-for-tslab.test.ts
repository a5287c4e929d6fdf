import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../../scripts/notebooks/jupyter.js';

/**
 * tslab compiles notebook cells with its own TypeScript 5.0.4 (CommonJS
 * output, Node10 module resolution, skipLibCheck) and require()s the package.
 * These tests check that the package is shaped for that: top-level main and
 * types (Node10 ignores `exports` for types), an `exports` entry with a
 * `default` condition (require() of the ESM build), and public .d.ts files
 * that TypeScript 5.0 reads.
 */

const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as {
  main?: string; types?: string; exports?: Record<string, unknown>; typesVersions?: Record<string, unknown>;
};

describe('package shape for tslab', () => {
  it('package.json has top-level main and types pointing at dist/index', () => {
    expect(pkg.main).toBe('./dist/index.js');
    expect(pkg.types).toBe('./dist/index.d.ts');
  });

  it('package.json exports "." with a default condition equal to main', () => {
    const dot = pkg.exports?.['.'] as Record<string, string> | undefined;
    expect(dot?.default).toBe(pkg.main);
    expect(dot?.types).toBe(pkg.types);
  });

  it('package.json exports no code subpath that Node10 resolution could not type (typesVersions maps each)', () => {
    // Data files (package.json, the JSON schema) need no types; every code subpath needs a typesVersions entry.
    const codeSubpaths = Object.keys(pkg.exports ?? {}).filter((k) => k !== '.' && !k.endsWith('.json'));
    expect(codeSubpaths.filter((k) => pkg.typesVersions === undefined || !JSON.stringify(pkg.typesVersions).includes(k.slice(2)))).toEqual([]);
  });
});

const dts = join(ROOT, 'dist', 'index.d.ts');
const haveDist = existsSync(dts);

describe('public .d.ts under TypeScript 5.0 (tslab)', () => {
  if (!haveDist) {
    it.skip('skipped: dist/ is not built (npm run build)', () => {});
    return;
  }
  const ts = createRequire(import.meta.url)('@tslab/typescript-for-tslab') as typeof import('typescript');

  function compile(skipLibCheck: boolean): { messages: string[]; files: string[] } {
    const file = join(ROOT, 'notebooks', '__tslab_check__.ts');
    // Uses a function, an async function, a class and a type from the package, as a notebook cell would.
    const source = [
      "import * as ailca from 'ailca';",
      "import { assess, runMonteCarlo, histogramChart, type Assessment, type MonteCarloOptions } from 'ailca';",
      "import { RunningMoments } from 'ailca/engine';",
      "import { input, mul } from 'ailca/graph';",
      'export const n: number = Object.keys(ailca).length;',
      'export type A = Assessment;',
      "export const o: MonteCarloOptions = { samples: 10, seed: 1, backend: 'js' };",
      'export const f = [assess, runMonteCarlo, histogramChart, RunningMoments, input, mul];',
    ].join('\n');
    const options: import('typescript').CompilerOptions = {
      // tslab's compiler options (node_modules/tslab/dist/converter.js), with `paths` standing in for the
      // notebooks/node_modules/ailca symlink that the notebook runner creates.
      module: ts.ModuleKind.CommonJS,
      moduleResolution: ts.ModuleResolutionKind.Node10,
      target: ts.ScriptTarget.ES2022,
      lib: ['lib.es2022.d.ts'],
      esModuleInterop: true,
      strict: true,
      noEmit: true,
      skipLibCheck,
      baseUrl: ROOT,
      // ('ailca/*' stands in for package.json typesVersions, which Node10 reads through the symlink in notebooks.)
      paths: { ailca: ['.'], 'ailca/*': ['./dist/entry/*'] },
      typeRoots: [join(ROOT, 'node_modules', '@types')],
    };
    const host = ts.createCompilerHost(options);
    const read = host.readFile.bind(host);
    host.readFile = (f) => (f === file ? source : read(f));
    const exists = host.fileExists.bind(host);
    host.fileExists = (f) => f === file || exists(f);
    const program = ts.createProgram([file], options, host);
    const messages = ts.getPreEmitDiagnostics(program).map((d) => {
      const where = d.file ? `${relative(ROOT, d.file.fileName)}:${d.file.getLineAndCharacterOfPosition(d.start ?? 0).line + 1}` : '';
      return `${where} TS${d.code}: ${ts.flattenDiagnosticMessageText(d.messageText, '\n')}`;
    });
    return { messages, files: program.getSourceFiles().map((f) => relative(ROOT, f.fileName)) };
  }

  it('TypeScript 5.0 with tslab\'s options (skipLibCheck) types a cell that imports ailca without an error', () => {
    expect(ts.version).toBe('5.0.4');
    const { messages, files } = compile(true);
    expect(files).toContain('dist/index.d.ts'); // 'ailca' resolved to this package's types
    expect(files).toContain('dist/entry/engine.d.ts'); // and 'ailca/engine'
    expect(messages).toEqual([]);
  });

  it('TypeScript 5.0 reads every public .d.ts; the only complaint is TS1452 on /// <reference types="node" resolution-mode="require"/>', () => {
    // TypeScript 5.9 writes `resolution-mode` on the node reference of files that use AbortSignal
    // (dist/mc/run-monte-carlo.d.ts, dist/sensitivity/types.d.ts, dist/analysis/analyse-study.d.ts).
    // TypeScript 5.0 accepts that attribute only under node16/nodenext resolution; under tslab's
    // skipLibCheck the complaint is not reported and AbortSignal still resolves from @types/node.
    // Any other diagnostic here is a construct TypeScript 5.0 cannot read.
    const { messages, files } = compile(false);
    expect(files.filter((f) => f.startsWith('dist/')).length).toBeGreaterThan(50); // every public .d.ts was read
    const other = messages.filter((d) => !/TS1452: 'resolution-mode' assertions are only supported/.test(d));
    expect(other).toEqual([]);
  });
});
