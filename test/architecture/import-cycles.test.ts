import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

/**
 * Import cycles make a codebase hard to take over: no file of a cycle can be
 * read, tested or moved on its own. This test parses every import and
 * re-export of src/ (type-only ones and dynamic `import()` included: a type
 * cycle is still a cycle for a reader) and fails on
 * - a cycle between files of the folders in FILE_LEVEL (src/report: each
 *   section's type lives beside its builder, `report.ts` only composes them);
 * - a cycle between the top-level folders of src/ (a file directly in src/,
 *   such as index.ts or version.ts, counts as its own node).
 * The message names the files of each cycle and the imports that close it.
 */

const SRC = 'src';
/** Folders of src/ that must have no cycle between their files. */
const FILE_LEVEL: readonly string[] = ['report'];

function walk(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const p = join(dir, name);
    return statSync(p).isDirectory() ? walk(p) : p.endsWith('.ts') && !p.endsWith('.d.ts') ? [p] : [];
  });
}

/** The src/ files a file imports, as paths relative to src/ with `/` separators. */
function importsOf(file: string): string[] {
  const info = ts.preProcessFile(readFileSync(file, 'utf8'), true, true);
  const out = new Set<string>();
  for (const { fileName } of info.importedFiles) {
    if (!fileName.startsWith('.')) continue;
    const base = resolve(dirname(file), fileName).replace(/\.js$/, '');
    const target = [`${base}.ts`, join(base, 'index.ts')].find((p) => existsSync(p));
    if (target === undefined) throw new Error(`${file}: cannot resolve import '${fileName}'`);
    out.add(relative(SRC, target).split(sep).join('/'));
  }
  return [...out];
}

/** Strongly connected components with more than one node, or a node importing itself (Tarjan). */
function findCycles(edges: ReadonlyMap<string, readonly string[]>): string[][] {
  let next = 0;
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const onStack = new Set<string>();
  const cycles: string[][] = [];
  const visit = (v: string): void => {
    index.set(v, next);
    low.set(v, next);
    next += 1;
    stack.push(v);
    onStack.add(v);
    for (const w of edges.get(v) ?? []) {
      if (!index.has(w)) {
        visit(w);
        low.set(v, Math.min(low.get(v) as number, low.get(w) as number));
      } else if (onStack.has(w)) low.set(v, Math.min(low.get(v) as number, index.get(w) as number));
    }
    if (low.get(v) === index.get(v)) {
      const component: string[] = [];
      let w: string;
      do {
        w = stack.pop() as string;
        onStack.delete(w);
        component.push(w);
      } while (w !== v);
      if (component.length > 1 || (edges.get(v) ?? []).includes(v)) cycles.push(component.sort());
    }
  };
  for (const v of [...edges.keys()].sort()) if (!index.has(v)) visit(v);
  return cycles;
}

const graph = new Map(walk(SRC).map((f) => [relative(SRC, f).split(sep).join('/'), importsOf(f)] as const));
const folderOf = (file: string): string => (file.includes('/') ? (file.split('/')[0]) : file);

/** Each cycle, with the imports between its members that make it. */
function describeCycles(cycles: string[][], edges: ReadonlyMap<string, readonly string[]>, why: (a: string, b: string) => string): string[] {
  return cycles.map((c) => c.flatMap((a) => (edges.get(a) ?? []).filter((b) => c.includes(b)).map((b) => why(a, b))).join('\n'));
}

describe('import cycles in src/', () => {
  it('findCycles finds a two-file and a three-file cycle, and none in a chain', () => {
    expect(findCycles(new Map([['a', ['b']], ['b', ['a']], ['c', ['a']]]))).toEqual([['a', 'b']]);
    expect(findCycles(new Map([['a', ['b']], ['b', ['c']], ['c', ['a']]]))).toEqual([['a', 'b', 'c']]);
    expect(findCycles(new Map([['a', ['b']], ['b', ['c']], ['c', []]]))).toEqual([]);
  });

  it('the parser sees type-only imports and re-exports', () => {
    expect(graph.get('report/report.ts')).toContain('report/goal-and-scope.ts'); // import type
    expect(graph.get('report/index.ts')).toContain('report/report.ts'); // export type … from
  });

  for (const folder of FILE_LEVEL) {
    it(`no cycle between files of src/${folder}`, () => {
      const inside = (f: string) => f.startsWith(`${folder}/`);
      const edges = new Map([...graph].filter(([f]) => inside(f)).map(([f, ds]) => [f, ds.filter(inside)] as const));
      expect(describeCycles(findCycles(edges), edges, (a, b) => `${a} → ${b}`)).toEqual([]);
    });
  }

  it('no cycle between the top-level folders of src/', () => {
    const edges = new Map<string, string[]>();
    for (const [f, ds] of graph) {
      const from = folderOf(f);
      const to = ds.map(folderOf).filter((d) => d !== from);
      edges.set(from, [...new Set([...(edges.get(from) ?? []), ...to])]);
    }
    const files = (a: string, b: string) =>
      [...graph].filter(([f]) => folderOf(f) === a).flatMap(([f, ds]) => ds.filter((d) => folderOf(d) === b).map((d) => `${f} → ${d}`));
    expect(describeCycles(findCycles(edges), edges, (a, b) => `${a} → ${b}: ${files(a, b).join(', ')}`)).toEqual([]);
  });
});
