import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

// src/measurements/ turns log files into studies: it sits beside the command line,
// reads study/, datasets/, io/, errors/, units/, system/ (and validate/ helpers through them),
// and only cli/ and entry/ may import it (docs/architecture.md).
const ALLOWED_IMPORTERS = ['cli', 'entry', 'measurements'];
const ALLOWED_IMPORTS = ['measurements', 'study', 'datasets', 'io', 'errors', 'units', 'system'];

function walk(dir: string): string[] {
  return readdirSync(dir).flatMap((n) => {
    const p = join(dir, n);
    return statSync(p).isDirectory() ? walk(p) : p.endsWith('.ts') ? [p] : [];
  });
}

const folderOf = (file: string): string => relative('src', file).split(sep)[0];
const targets = (file: string): string[] =>
  ts
    .preProcessFile(readFileSync(file, 'utf8'), true, true)
    .importedFiles.map((f) => f.fileName)
    .filter((f) => f.startsWith('.'))
    .map((f) => folderOf(join(file, '..', f)));

describe('src/measurements layering', () => {
  it('only cli/ and entry/ import src/measurements', () => {
    const offenders = walk('src').filter((f) => !ALLOWED_IMPORTERS.includes(folderOf(f)) && targets(f).includes('measurements'));
    expect(offenders).toEqual([]);
  });

  it('src/measurements imports only study/, datasets/, io/, errors/, units/, system/', () => {
    const bad = walk(join('src', 'measurements')).flatMap((f) => targets(f).filter((t) => !ALLOWED_IMPORTS.includes(t)).map((t) => `${f} → ${t}`));
    expect(bad).toEqual([]);
  });
});
