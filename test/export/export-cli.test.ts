import { existsSync, mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cli } from '../cli/helpers.js';

const tmp = () => mkdtempSync(join(tmpdir(), 'ailca-export-'));

describe('ailca export', () => {
  it('--format openlca --out X.zip writes a zip and says what it holds', async () => {
    const out = join(tmp(), 'xeon.zip');
    const { code, stdout, stderr } = await cli('export', 'examples/xeon-8468.json', '--format', 'openlca', '--out', out);
    expect(stderr).toBe('');
    expect(code).toBe(0);
    // 1 reference product + 1 electricity exchange (DE) + 4 components of the Xeon server
    expect(stdout).toMatch(new RegExp(`^openLCA JSON-LD written to ${out} \\(1 zip: 1 process with 6 exchanges, \\d+ other entities\\)\\n$`));
    expect(readFileSync(out).readUInt32LE(0)).toBe(0x04034b50);
  });

  it('refuses a distribution openLCA cannot hold, naming the input and the flag that omits it', async () => {
    const out = join(tmp(), 'u.zip');
    const { code, stderr } = await cli('export', 'examples/xeon-8468-uncertain.json', '--out', out);
    expect(code).toBe(2);
    expect(stderr).toContain('servers[0].lifetime');
    expect(stderr).toContain('triangular(3, 5, 7) years');
    expect(stderr).toContain('add --unmappable omit');
    expect(existsSync(out)).toBe(false);
  });

  it('--unmappable omit writes base amounts and prints each omission; a folder --out gets the JSON-LD files', async () => {
    const dir = join(tmp(), 'pkg');
    const { code, stdout } = await cli('export', 'examples/xeon-8468-uncertain.json', '--out', dir, '--unmappable', 'omit');
    expect(code).toBe(0);
    expect(stdout.split('\n').filter((l) => l.startsWith('note: Uncertainty not exported'))).toHaveLength(4);
    expect(readdirSync(dir).sort()).toEqual(['flow_properties', 'flows', 'locations', 'olca-schema.json', 'processes', 'sources', 'unit_groups']);
    const [proc] = readdirSync(join(dir, 'processes'));
    expect(JSON.parse(readFileSync(join(dir, 'processes', proc), 'utf8'))['@type']).toBe('Process');
  });

  it('refuses an unknown format or --unmappable value, and an --out that is the study', async () => {
    const f = await cli('export', 'examples/xeon-8468.json', '--format', 'simapro', '--out', join(tmp(), 'x.zip'));
    expect(f.code).toBe(2);
    expect(f.stderr).toContain('one of openlca, brightway');
    const u = await cli('export', 'examples/xeon-8468.json', '--unmappable', 'skip', '--out', join(tmp(), 'x.zip'));
    expect(u.code).toBe(2);
    expect(u.stderr).toContain('one of error, omit');
    const o = await cli('export', 'examples/xeon-8468.json', '--out', 'examples/xeon-8468.json');
    expect(o.code).toBe(2);
    expect(o.stderr).toContain('--out');
  });
});
