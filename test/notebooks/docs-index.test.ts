import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../../scripts/notebooks/jupyter.js';

/**
 * docs/index.md is the entry to the documentation (it sits here with the
 * notebooks and the getting-started guide, which it links): it must link
 * every committed page under docs/, and every relative link in it and in the
 * getting-started guide must point at a file that exists.
 */

const DOCS = join(ROOT, 'docs');

function walk(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const p = join(dir, name);
    if (statSync(p).isDirectory()) return name === 'api' || name === 'images' ? [] : walk(p);
    return name.endsWith('.md') ? [p] : [];
  });
}

/** The committed Markdown pages under docs/ (a page still being written, not yet in git, need not be linked). */
function pages(): string[] {
  const git = spawnSync('git', ['ls-files', '-z', 'docs'], { cwd: ROOT, encoding: 'utf8' });
  if (git.status !== 0) return walk(DOCS);
  return git.stdout.split('\0').filter((f) => f.endsWith('.md') && !f.startsWith('docs/api/')).map((f) => join(ROOT, f));
}

function relativeLinks(file: string): string[] {
  const text = readFileSync(file, 'utf8').replace(/```[\s\S]*?```/g, '');
  return [...text.matchAll(/\]\(([^)\s]+)\)/g)]
    .map((m) => m[1])
    .filter((href) => !/^[a-z]+:/i.test(href) && !href.startsWith('#'))
    .map((href) => resolve(dirname(file), href.split('#')[0]));
}

describe('docs/index.md', () => {
  it('docs/index.md links every committed page under docs/ (docs/api is generated and not committed)', () => {
    const linked = new Set(relativeLinks(join(DOCS, 'index.md')));
    const missing = pages().filter((p) => !p.endsWith('index.md') && !linked.has(p)).map((p) => relative(ROOT, p));
    expect(missing).toEqual([]);
  });

  for (const doc of ['index.md', 'getting-started.md']) {
    it(`docs/${doc} has no relative link to a missing file`, () => {
      const broken = relativeLinks(join(DOCS, doc)).filter((p) => !existsSync(p)).map((p) => relative(ROOT, p));
      expect(broken).toEqual([]);
    });
  }
});
