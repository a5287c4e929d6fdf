import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { cli } from './helpers.js';

const STUDY = 'examples/xeon-8468-uncertain.json';
const dir = mkdtempSync(join(tmpdir(), 'ailca-merge-'));
const file = (name: string, text: string): string => {
  const f = join(dir, name);
  writeFileSync(f, text);
  return f;
};
const shards: Record<string, string> = {};

beforeAll(async () => {
  for (const range of ['0:250', '250:500', '500:750', '750:1000']) {
    const r = await cli('mc', STUDY, '--samples', '1000', '--seed', '5', '--backend', 'js', '--range', range, '--format', 'json');
    expect(r.code).toBe(0);
    shards[range] = file(`${range.replace(':', '-')}.json`, r.stdout);
  }
});

/** Exit 2, one line naming the culprit, no stack trace. */
function expectRefused(r: { code: number; stdout: string; stderr: string }, culprit: RegExp): void {
  expect(r.code).toBe(2);
  expect(r.stdout).toBe('');
  expect(r.stderr).toMatch(culprit);
  expect(r.stderr).not.toMatch(/\n\s+at /);
}

describe('ailca merge', () => {
  it('ailca merge of shards given out of order prints complete coverage', async () => {
    const r = await cli('merge', shards['500:750'], shards['0:250'], shards['750:1000'], shards['250:500']);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/Coverage: complete, all 1000 samples of 0:1000/);
    expect(r.stderr).toBe('');
  });

  it('ailca merge reports missing ranges in the table, on stderr and in JSON', async () => {
    const t = await cli('merge', shards['500:750'], shards['0:250']);
    expect(t.code).toBe(0);
    expect(t.stdout).toMatch(/Coverage: INCOMPLETE, 500 of 1000 samples; missing 250:500, 750:1000/);
    expect(t.stderr).toMatch(/missing 250:500, 750:1000/);
    const j = await cli('merge', shards['500:750'], shards['0:250'], '--format', 'json');
    expect(JSON.parse(j.stdout).coverage).toEqual({ complete: false, missing: [{ start: 250, end: 500 }, { start: 750, end: 1000 }] });
    expect(j.stderr).toMatch(/missing 250:500, 750:1000/);
  });

  it('ailca merge refuses a shard given twice, naming both files', async () => {
    const copy = file('copy.json', readFileSync(shards['0:250'], 'utf8'));
    expectRefused(await cli('merge', shards['0:250'], copy), /overlaps another shard: samples 0:250 are in both .*0-250\.json and .*copy\.json/);
  });

  it('ailca merge refuses a study file, null, 42, [], a directory and a missing file with exit 2', async () => {
    const cases: [string, RegExp][] = [
      [STUDY, /xeon-8468-uncertain\.json is a study file, not a shard result.*compute shards from the study first/],
      [file('null.json', 'null'), /null\.json is missing or not an object: got null/],
      [file('42.json', '42'), /42\.json is missing or not an object: got 42/],
      [file('empty.json', '[]'), /empty\.json is missing or not an object: got \[\]/],
      [file('bad.json', '{"study": '), /bad\.json: is not valid JSON/],
      // a directory stands for its shard files (mc-<hash12>-<start>-<end>.json): this one holds none by that name
      [dir, /holds no shard files/],
      [join(dir, 'nope.json'), /nope\.json: file not found/],
    ];
    for (const [f, culprit] of cases) expectRefused(await cli('merge', shards['0:250'], f), culprit);
  });

  it('ailca merge refuses a shard of another study with the same name and seed', async () => {
    const raw = readJSON(STUDY);
    raw.servers[0].lifetime.mode = '6 years';
    const other = file('other-study.json', JSON.stringify(raw));
    const r = await cli('mc', other, '--samples', '1000', '--seed', '5', '--backend', 'js', '--range', '250:1000', '--format', 'json');
    expect(r.code).toBe(0);
    expectRefused(await cli('merge', shards['0:250'], file('other.json', r.stdout)), /other\.json comes from another run than .*0-250\.json: the study's inputs or distributions differ/);
  });

  it('ailca merge refuses a truncated shard file, naming the field', async () => {
    const s = readJSON(shards['0:250']);
    delete s.provenance.range;
    expectRefused(await cli('merge', file('truncated.json', JSON.stringify(s))), /truncated\.json\.provenance\.range is missing or not an object/);
  });
});

function readJSON(f: string): any {
  return JSON.parse(readFileSync(f, 'utf8'));
}
