import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, renameSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative, sep } from 'node:path';
import { realpathSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { loadIntensitySeries, loadUserDataset, parseStrictJson } from '../../src/datasets/index.js';
import { AilcaError, FileError, InputError } from '../../src/errors/index.js';
import { readFileBytes, readTextFile, resolveStudyPath } from '../../src/io/index.js';
import { loadStudyFile } from '../../src/scenarios/index.js';
import { readStudyJson } from '../../src/study/index.js';
import { loadStudy } from '../../src/scenarios/index.js';
import { cli } from '../cli/helpers.js';

// Layout: <root>/study/ holds the studies, <root>/outside/ a valid series the studies must not reach by default.
const root = mkdtempSync(join(tmpdir(), 'ailca-reads-'));
const studyDir = join(root, 'study');
const outside = join(root, 'outside');
mkdirSync(studyDir);
mkdirSync(outside);
mkdirSync(join(studyDir, 'sub'));
const SERIES = 'timestamp,kgCO2e_per_kWh\n2024-06-01T00:00Z,0.4\n2024-06-01T01:00Z,0.2\n';
writeFileSync(join(studyDir, 'grid.csv'), SERIES);
writeFileSync(join(outside, 'grid.csv'), SERIES);
symlinkSync(join(outside, 'grid.csv'), join(studyDir, 'link.csv'));
const SECRET = 'SECRETtoken42';

let n = 0;
/** Write a study whose grid intensity is the series at `series` (as written in the study) and return its path. */
function studyWith(series: string): string {
  n += 1;
  const f = join(studyDir, `s${n}.json`);
  writeFileSync(f, JSON.stringify({
    name: 'reads',
    servers: [{ name: 'box', lifetime: '4 years', components: [{ type: 'part', name: 'x', perUnit: 100 }], power: { active: '1000 W', idle: '1000 W' } }],
    workload: { utilization: 1 },
    cloud: { gridIntensity: { series }, pue: 1 },
  }));
  return f;
}

function thrown(f: () => unknown): Error {
  try {
    f();
  } catch (e) {
    return e as Error;
  }
  throw new Error('expected a throw');
}

describe('paths written in a study stay inside its folder', () => {
  it('a series inside the study folder is read (the mean of 0.4 and 0.2 over two equal hours)', () => {
    const p = loadStudy(studyWith('grid.csv')).params.find((x) => x.path === 'cloud.gridIntensity')!;
    expect(p.value).toBeCloseTo(0.3, 12);
  });

  it.each([
    ['a ../ path out of the folder', '../outside/grid.csv'],
    ['a ../../etc/passwd-style path', '../../../../../../../../etc/passwd'],
    ['an absolute path', join(outside, 'grid.csv')],
    ['/etc/passwd', '/etc/passwd'],
    ['a symbolic link out of the folder', 'link.csv'],
    ['a missing file outside the folder', '../outside/none.csv'],
  ])('refuses %s with an InputError naming the field', (_, series) => {
    const e = thrown(() => loadStudy(studyWith(series)));
    expect(e).toBeInstanceOf(InputError);
    expect((e as InputError).path).toBe('cloud.gridIntensity.series');
    expect((e as InputError).received).toBe(series);
    expect(e.message).toMatch(/--allow-read/);
    expect(e.message).not.toMatch(/root:/);
  });

  it('any path built of .., ., names, links and absolute parts resolves inside the folder or is refused with an AilcaError', () => {
    const realStudy = realpathSync(studyDir);
    const segment = fc.constantFrom('..', '.', 'grid.csv', 'link.csv', 'sub', 'outside', 'study', 'none', '', '/etc', '/proc/self');
    fc.assert(
      fc.property(fc.array(segment, { minLength: 1, maxLength: 6 }), (parts) => {
        const written = parts.join('/');
        try {
          const real = resolveStudyPath(written, 'f', studyDir, []);
          const rel = relative(realStudy, real);
          expect(rel.startsWith(`..${sep}`) || rel === '..' || rel.startsWith(sep)).toBe(false);
        } catch (e) {
          expect(e).toBeInstanceOf(AilcaError);
        }
      }),
      { numRuns: 300, seed: 16 },
    );
  });

  it('allowRead (API) and --allow-read (CLI) let a study read another folder', async () => {
    for (const series of ['../outside/grid.csv', join(outside, 'grid.csv'), 'link.csv']) {
      const s = loadStudy(studyWith(series), { allowRead: [outside] });
      expect(s.params.find((x) => x.path === 'cloud.gridIntensity')!.value).toBeCloseTo(0.3, 12);
    }
    const f = studyWith('../outside/grid.csv');
    expect((await cli('assess', f)).code).toBe(2);
    expect((await cli('assess', f)).stderr).toMatch(/cloud\.gridIntensity\.series is outside the folders a study may read/);
    const ok = await cli('assess', f, '--allow-read', join(root, 'elsewhere'), '--allow-read', outside);
    expect(ok.stderr).toBe('');
    expect(ok.code).toBe(0);
  });

  it('scenario variants of a study file keep its allowed folders', () => {
    const file = loadStudyFile(studyWith('../outside/grid.csv'), { allowRead: [outside] });
    expect(file.readLimits.allowRead).toEqual([outside]);
  });
});

describe('a dataset reads only files inside its folder', () => {
  it('refuses a data file that is a symbolic link out of the folder, even with a matching checksum', () => {
    const copy = join(root, 'ds');
    cpSync('datasets/clemm-2024/1.0.0', copy, { recursive: true });
    expect(loadUserDataset(copy).name).toBe('clemm-2024');
    // move one data file out and link it back: same bytes, same checksum, but outside the folder
    const data = readdirSync(copy).find((f) => f.endsWith('.csv'))!;
    renameSync(join(copy, data), join(outside, data));
    symlinkSync(join(outside, data), join(copy, data));
    const e = thrown(() => loadUserDataset(copy));
    expect(e).toBeInstanceOf(InputError);
    expect(e.message).toMatch(/files\[\d+\]\.path leaves the dataset folder/);
  });
});

describe('only regular files are read', () => {
  it('refuses a directory', () => {
    const e = thrown(() => loadStudy(studyWith('sub')));
    expect(e).toBeInstanceOf(FileError);
    expect(e.message).toMatch(/is a directory, not a regular file/);
  });

  it('refuses a FIFO without hanging', { timeout: 5000 }, async () => {
    const fifo = join(studyDir, 'pipe.csv');
    execFileSync('mkfifo', [fifo]);
    const e = thrown(() => loadStudy(studyWith('pipe.csv')));
    expect(e).toBeInstanceOf(FileError);
    expect(e.message).toMatch(/named pipe \(FIFO\)/);
    expect(thrown(() => readTextFile(fifo, 1000)).message).toMatch(/named pipe/);
    const r = await cli('schedule', fifo, '--hours', '1', '--power', '1');
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/named pipe/);
  });

  it('refuses /dev/zero (a device) from the API and the CLI', { timeout: 5000 }, async () => {
    expect(thrown(() => readStudyJson('/dev/zero'))).toBeInstanceOf(FileError);
    expect(thrown(() => loadIntensitySeries('/dev/zero')).message).toMatch(/\/dev\/zero: is a character device/);
    const r = await cli('assess', '/dev/zero');
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/character device/);
  });
});

describe('file sizes are capped', () => {
  it('refuses a study larger than maxFileSize (API) and --max-file-size (CLI)', async () => {
    const f = studyWith('grid.csv');
    expect(thrown(() => loadStudy(f, { maxFileSize: 10 })).message).toMatch(/larger than the 10-byte limit/);
    const r = await cli('assess', f, '--max-file-size', '10');
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/larger than the 10-byte limit/);
    expect((await cli('assess', f, '--max-file-size', '1MiB')).code).toBe(0);
    expect((await cli('assess', f, '--max-file-size', 'lots')).stderr).toMatch(/--max-file-size is not a size/);
  });

  it('caps a series named in a study, a schedule series and a dataset', async () => {
    // the study (about 300 bytes) fits 200 + its length; the series (≈ 90 bytes) does not fit 60
    expect(thrown(() => loadStudy(studyWith('grid.csv'), { maxFileSize: 60 })).message).toMatch(/larger than the 60-byte limit/);
    expect((await cli('schedule', join(studyDir, 'grid.csv'), '--hours', '1', '--power', '1', '--max-file-size', '20')).stderr).toMatch(/grid\.csv: is larger than the 20-byte limit/);
    expect(thrown(() => loadUserDataset('datasets/clemm-2024/1.0.0', { maxFileSize: 20 })).message).toMatch(/larger than the 20-byte limit/);
  });

  it.runIf(existsSync('/proc/self/status'))('stops reading past the cap a file that reports size 0 (/proc)', () => {
    expect(thrown(() => readFileBytes('/proc/self/status', 16))).toBeInstanceOf(FileError);
    expect(readFileBytes('/proc/self/status', 1 << 20).length).toBeGreaterThan(16);
  });
});

describe('errors never quote file contents', () => {
  const write = (name: string, text: string) => {
    const f = join(studyDir, name);
    writeFileSync(f, text);
    return f;
  };
  it.each([
    ['a study that is not JSON', () => readStudyJson(write('a.json', `${SECRET}:x:0:0\n`))],
    ['a study with a bad value', () => readStudyJson(write('b.json', `{"a": ${SECRET}}`))],
    ['a study with trailing text', () => readStudyJson(write('c.json', `{} ${SECRET}`))],
    ['a duplicate key of arbitrary text', () => parseStrictJson(`{"${SECRET} x": 1, "${SECRET} x": 2}`, 'd.json')],
    ['a series whose header is not a series header', () => loadIntensitySeries(write('e.csv', `${SECRET},x\n1,2\n`))],
    ['a series with a bad timestamp', () => loadIntensitySeries(write('f.csv', `timestamp,kgCO2e_per_kWh\n${SECRET},0.4\n`))],
    ['a series with a bad value', () => loadIntensitySeries(write('g.csv', `timestamp,kgCO2e_per_kWh\n2024-01-01T00:00Z,${SECRET}\n`))],
    ['a series with a spaced column name', () => loadIntensitySeries(write('h.csv', ` ${SECRET},x\n1,2\n`))],
    ['a series with a wrong cell count', () => loadIntensitySeries(write('i.csv', `${SECRET}\n1,2\n`))],
  ])('%s', (_, f) => {
    const e = thrown(f);
    expect(e).toBeInstanceOf(FileError);
    expect(e.message).not.toContain(SECRET);
    expect(e.message).toMatch(/row \d+/);
  });

  it('a shard given to merge that is not JSON', async () => {
    const r = await cli('merge', write('shard.json', `${SECRET}=1\n`));
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/shard\.json: is not valid JSON/);
    expect(r.stderr).not.toContain(SECRET);
  });
});
