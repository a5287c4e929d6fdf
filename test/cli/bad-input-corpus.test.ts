import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { cli } from './helpers.js';

/**
 * Every command over a corpus of bad files and bad flags: each must end with
 * exit 2 and a message on stderr, never an internal error (exit 1), a thrown
 * exception or a stack trace.
 */
const dir = mkdtempSync(join(tmpdir(), 'ailca-corpus-'));
const file = (name: string, content: string | Buffer): string => {
  const p = join(dir, name);
  writeFileSync(p, content);
  return p;
};
const xeon = (): any => {
  const raw = JSON.parse(readFileSync('examples/xeon-8468-uncertain.json', 'utf8'));
  delete raw.$schema;
  return raw;
};

const STACK = /^\s+at |\b(TypeError|RangeError|ReferenceError|SyntaxError)\b/m;

async function refused(...argv: string[]): Promise<string> {
  const r = await cli(...argv);
  expect({ argv, code: r.code }).toEqual({ argv, code: 2 });
  expect(r.stderr.trim()).not.toBe('');
  expect(r.stderr).not.toMatch(STACK);
  return r.stderr;
}

const BAD_FILES: Readonly<Record<string, () => string>> = {
  'an empty file': () => file('empty.json', ''),
  'null': () => file('null.json', 'null'),
  '42': () => file('number.json', '42'),
  'a string': () => file('string.json', '"study"'),
  '[]': () => file('array.json', '[]'),
  '{}': () => file('object.json', '{}'),
  'truncated JSON': () => file('truncated.json', readFileSync('examples/xeon-8468.json', 'utf8').slice(0, 300)),
  'a directory': () => {
    const d = join(dir, 'folder.json');
    mkdirSync(d, { recursive: true });
    return d;
  },
  'a missing file': () => join(dir, 'missing.json'),
  'binary garbage': () => file('garbage.json', Buffer.from(Array.from({ length: 512 }, (_, i) => (i * 7919 + 13) % 256))),
  'a UTF-8 byte-order mark and garbage': () => file('bom.json', '\uFEFF{"name": }'),
  'huge numbers': () => {
    const s = xeon();
    s.servers[0].lifetime = 1e308;
    s.servers[0].power.idle = '1e400 W';
    return file('huge.json', JSON.stringify(s));
  },
  'a study with a wrong top-level type': () => file('servers-object.json', JSON.stringify({ ...xeon(), servers: { a: 1 } })),
  'scenarios that are not a list': () => file('scenarios-object.json', JSON.stringify({ ...xeon(), scenarios: { a: 1 } })),
  'a scenario with a bad path': () => file('scenario-path.json', JSON.stringify({ ...xeon(), scenarios: [{ name: 'x', set: { 'servers[9].lifetime': 3 } }] })),
};

let shard = '';
beforeAll(async () => {
  const r = await cli('mc', 'examples/xeon-8468-uncertain.json', '--samples', '2000', '--seed', '1', '--backend', 'js', '--range', '0:1000', '--format', 'json');
  expect(r.code).toBe(0);
  shard = file('shard.json', r.stdout);
});

const STUDY_COMMANDS: Readonly<Record<string, readonly string[]>> = {
  assess: [],
  mc: ['--samples', '100', '--backend', 'js'],
  sensitivity: ['--method', 'tornado'],
  scenarios: ['--samples', '100', '--backend', 'js'],
  report: ['--samples', '100', '--sobol-samples', '64', '--scenario-samples', '100', '--backend', 'js', '--format', 'json', '--out', join(dir, 'never.json')],
};

describe('bad files: every command that reads a study', () => {
  for (const [command, flags] of Object.entries(STUDY_COMMANDS)) {
    for (const [name, make] of Object.entries(BAD_FILES)) {
      it(`ailca ${command} refuses ${name}`, async () => {
        await refused(command, make(), ...flags);
      });
    }
    it(`ailca ${command} refuses a Monte Carlo shard given as a study`, async () => {
      await refused(command, shard, ...flags);
    });
  }
});

describe('bad files: merge', () => {
  for (const [name, make] of Object.entries(BAD_FILES)) {
    it(`ailca merge refuses ${name}`, async () => {
      await refused('merge', make());
    });
  }
  it('ailca merge refuses a study given as a shard', async () => {
    await refused('merge', 'examples/xeon-8468.json');
  });
  it('ailca merge refuses a shard next to a study', async () => {
    await refused('merge', shard, 'examples/xeon-8468.json');
  });
});

describe('bad files: datasets and schedule', () => {
  for (const [name, make] of Object.entries(BAD_FILES)) {
    it(`ailca datasets check refuses ${name}`, async () => {
      await refused('datasets', 'check', make());
    });
    it(`ailca schedule refuses ${name} as a series`, async () => {
      await refused('schedule', make(), '--hours', '2', '--power', '1');
    });
  }
  it('ailca datasets show refuses an unknown dataset and key', async () => {
    await refused('datasets', 'show', 'no-such-dataset');
    await refused('datasets', 'show', 'grid-intensity', 'no-such-key');
  });
  it('ailca schedule refuses bad numbers and dates', async () => {
    const csv = file('series.csv', 'timestamp,kgCO2e_per_kWh\n2024-01-01T00:00:00Z,0.4\n2024-01-01T01:00:00Z,0.3\n2024-01-01T02:00:00Z,0.5\n2024-01-01T03:00:00Z,0.2\n');
    await refused('schedule', csv, '--hours', '-1', '--power', '1');
    await refused('schedule', csv, '--hours', 'abc', '--power', '1');
    await refused('schedule', csv, '--hours', '1', '--power', 'x');
    await refused('schedule', csv, '--hours', '1');
    await refused('schedule', csv, '--hours', '1', '--power', '1', '--energy', '1');
    await refused('schedule', csv, '--hours', '1', '--power', '1', '--start', 'yesterday');
    await refused('schedule', csv, '--hours', '1e9', '--power', '1');
  });
});

describe('bad flags', () => {
  const study = 'examples/xeon-8468-uncertain.json';
  const BAD_FLAGS: readonly (readonly string[])[] = [
    ['--bogus'],
    ['-x'],
    ['--format', 'xml'],
    ['--format'],
    ['--samples', 'abc'],
    ['--samples', '-1'],
    ['--samples', '1.5'],
    ['--samples', '1e99'],
    ['--seed', '-1'],
    ['--seed', '1.5'],
    ['--backend', 'gpu'],
    ['--format', 'json', '--format', 'table'],
  ];
  const accepts: Readonly<Record<string, readonly string[]>> = {
    assess: ['format'],
    mc: ['format', 'samples', 'seed', 'backend'],
    sensitivity: ['format', 'samples', 'seed', 'backend'],
    scenarios: ['format', 'samples', 'seed', 'backend'],
    report: ['format', 'samples', 'seed', 'backend'],
  };
  for (const [command, base] of Object.entries(STUDY_COMMANDS)) {
    for (const bad of BAD_FLAGS) {
      const flag = bad[0].replace(/^-+/, '');
      // a flag the command does not take is refused as unknown; one it takes, for its value
      if (flag !== 'bogus' && flag !== 'x' && !accepts[command].includes(flag)) continue;
      it(`ailca ${command} ${bad.join(' ')} is refused`, async () => {
        const keep = base.filter((_, i) => !bad.includes(base[i % 2 === 0 ? i : i - 1]));
        await refused(command, study, ...keep, ...bad);
      });
    }
  }
  it('ailca mc --range refuses a bad range', async () => {
    await refused('mc', study, '--samples', '100', '--backend', 'js', '--range', '50:10');
    await refused('mc', study, '--samples', '100', '--backend', 'js', '--range', 'a:b');
    await refused('mc', study, '--samples', '100', '--backend', 'js', '--range', '0:1000');
  });
  it('ailca sensitivity on a study with no uncertain input says so, not an internal program field', async () => {
    for (const method of ['tornado', 'morris', 'sobol', 'rank']) {
      const stderr = await refused('sensitivity', 'examples/xeon-8468.json', '--method', method, '--backend', 'js');
      expect(stderr).toContain('no uncertain input');
      expect(stderr).not.toContain('program.');
    }
  });
  it('ailca sensitivity refuses a bad method', async () => {
    await refused('sensitivity', study, '--method', 'magic');
  });
  it('ailca scenarios refuses an unknown lever', async () => {
    await refused('scenarios', study, '--levers', 'nope', '--samples', '100', '--backend', 'js');
  });
  it('merge, datasets and schedule refuse unknown and short flags', async () => {
    expect(await refused('merge', shard, '--bogus')).toContain('--bogus is not a known flag');
    expect(await refused('merge', shard, '-f', 'json')).toContain('did you mean --format?');
    expect(await refused('datasets', 'list', '--all')).toContain('--all');
    expect(await refused('schedule', 'x.csv', '-h1', '--hours', '1')).toContain('did you mean --hours?');
    expect(await refused('merge', shard, shard, '--format', 'json', '--format', 'table')).toContain('--format is given twice (json, table)');
  });
  it('an unknown command is refused', async () => {
    await refused('asses', study);
  });
});

/** Every leaf and object of a study, as [path steps]. */
function paths(node: unknown, at: (string | number)[] = []): (string | number)[][] {
  if (typeof node !== 'object' || node === null) return [at];
  const entries = Array.isArray(node) ? node.map((v, i) => [i, v] as const) : Object.entries(node);
  return [...(at.length > 0 ? [at] : []), ...entries.flatMap(([k, v]) => paths(v, [...at, k]))];
}
function setAt(root: any, steps: readonly (string | number)[], value: unknown): any {
  const copy = structuredClone(root);
  let node = copy;
  for (const s of steps.slice(0, -1)) node = node[s];
  node[steps[steps.length - 1]] = value;
  return copy;
}

const WRONG_VALUES: readonly unknown[] = [null, true, [], {}, 'x', '', -1, 0, 1e308, -1e308, '1e400 W', [1, 2], { dist: 'normal' }, { value: 'x' }];

describe('a study with each field given a wrong type or a huge number', () => {
  for (const example of ['examples/xeon-8468-uncertain.json', 'examples/llm-serving-year.json', 'examples/bloom-training.json']) {
    const raw = JSON.parse(readFileSync(example, 'utf8'));
    delete raw.$schema;
    for (const steps of paths(raw)) {
      const where = steps.map((s) => (typeof s === 'number' ? `[${s}]` : `.${s}`)).join('');
      it(`ailca assess ${example} with ${where} wrong: exit 0 or 2, never a crash`, async () => {
        for (const value of WRONG_VALUES) {
          const f = file('mutated.json', JSON.stringify(setAt(raw, steps, value)));
          const r = await cli('assess', f);
          expect({ where, value, code: r.code }).toMatchObject({ where, value, code: r.code === 0 ? 0 : 2 });
          expect(r.stderr).not.toMatch(STACK);
          if (r.code === 2) expect(r.stderr.trim()).not.toBe('');
        }
      });
    }
  }
});
