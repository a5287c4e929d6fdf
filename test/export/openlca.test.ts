import { mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { crc32 } from 'node:zlib';
import { Ajv, type ValidateFunction } from 'ajv';
import { describe, expect, it } from 'vitest';
import { InputError } from '../../src/errors/index.js';
import { exportOpenLca, openLcaFiles, storeZip, writeOpenLca, type OlcaExchange, type OlcaRootEntity, type OpenLcaPackage } from '../../src/export/index.js';
import { loadStudy } from '../../src/scenarios/index.js';
import { defineStudy } from '../../src/study/index.js';
import { olcaJsonSchema } from './olca-json-schema.js';

const schema = olcaJsonSchema();
const ajv = new Ajv({ strict: true, allErrors: true });
ajv.addSchema({ $id: 'olca', ...schema });
const validators: Record<string, ValidateFunction> = {};
const validatorOf = (type: string): ValidateFunction => (validators[type] ??= ajv.getSchema(`olca#/definitions/${type}`) as ValidateFunction);

/** Each entity valid against its olca-schema class, with what an openLCA import needs: @type, @id (a UUID), name. */
function expectValidPackage(pkg: OpenLcaPackage): void {
  for (const e of pkg.entities) {
    const v = validatorOf(e['@type']);
    expect(v, e['@type']).toBeDefined();
    v(e);
    expect(v.errors ?? [], `${e['@type']} ${e.name}: ${JSON.stringify(v.errors?.slice(0, 3))}`).toEqual([]);
    expect(e['@id']).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/);
    expect(e.name.length).toBeGreaterThan(0);
  }
  // every reference resolves inside the package, as a self-contained import needs
  const ids = new Map(pkg.entities.map((e) => [e['@id'], e]));
  const unitIds = new Set(pkg.entities.filter((e) => e['@type'] === 'UnitGroup').flatMap((g) => (g.units as { '@id': string }[]).map((u) => u['@id'])));
  const walk = (x: unknown): void => {
    if (Array.isArray(x)) return x.forEach(walk);
    if (typeof x !== 'object' || x === null) return;
    const o = x as Record<string, unknown>;
    if (typeof o['@id'] === 'string' && Object.keys(o).every((k) => ['@type', '@id', 'name'].includes(k))) {
      if (o['@type'] === 'Unit') expect(unitIds.has(o['@id']), `unit ${o.name as string}`).toBe(true);
      else expect(ids.get(o['@id'])?.['@type'], `${o['@type'] as string} ${o.name as string}`).toBe(o['@type']);
    }
    Object.values(o).forEach(walk);
  };
  pkg.entities.forEach((e) => Object.entries(e).filter(([k]) => k !== '@id').forEach(([, v]) => walk(v)));
  // each uncertainty has the parameters its type uses (olca-schema's Uncertainty docs)
  for (const x of pkg.process.exchanges as OlcaExchange[]) {
    const u = x.uncertainty;
    if (!u) continue;
    const need = { LOG_NORMAL_DISTRIBUTION: ['geomMean', 'geomSd'], NORMAL_DISTRIBUTION: ['mean', 'sd'], UNIFORM_DISTRIBUTION: ['minimum', 'maximum'], TRIANGLE_DISTRIBUTION: ['minimum', 'mode', 'maximum'] }[u.distributionType];
    expect(Object.keys(u).sort()).toEqual(['@type', 'distributionType', ...need].sort());
  }
}

const exchangesOf = (pkg: OpenLcaPackage) => pkg.process.exchanges as OlcaExchange[];

/**
 * Two servers with 3 CPU dies each and a 4-year lifetime: die area 2 cm², uniform(1, 3) cm²;
 * a 100 cm² board; 64 GB of DRAM; a 2 kg power supply; 100 W active, 50 W idle at 50 % utilisation; PUE 1.5.
 */
function smallStudy(extra: Record<string, unknown> = {}) {
  return defineStudy({
    name: 'two boxes',
    servers: [{
      name: 'box', count: 2, lifetime: '4 years',
      components: [
        { type: 'ic', name: 'CPU', technology: 'logic', dieArea: { dist: 'uniform', min: '1 cm2', max: '3 cm2' }, count: 3, factor: '1 kgCO2e/cm2' },
        { type: 'pcb', name: 'board', area: '100 cm2', layers: 8, factor: '0.01 kgCO2e/cm2' },
        { type: 'memory', name: 'DRAM', technology: 'dram', capacity: '64 GB', factor: '0.3 kgCO2e/GB' },
        { type: 'part', name: 'PSU', mass: '2 kg', massFactor: '5 kgCO2e/kg' },
      ],
      power: { active: '100 W', idle: '50 W' },
      ...extra,
    }],
    workload: { utilization: 0.5 },
    cloud: { location: 'FR', gridIntensity: '0.05 kg/kWh', pue: 1.5 },
  });
}

describe('exportOpenLca: amounts derived by hand', () => {
  const pkg = exportOpenLca(smallStudy());
  const ex = exchangesOf(pkg);

  it('is valid olca-schema v2 and self-contained', () => {
    expectValidPackage(pkg);
    expect(pkg.process['@type']).toBe('Process');
    expect(pkg.process.processType).toBe('UNIT_PROCESS');
  });

  it('reference product: 1 item, one year of operation', () => {
    expect(ex[0]).toMatchObject({ internalId: 1, amount: 1, isInput: false, isQuantitativeReference: true, unit: { name: 'Item(s)' }, flow: { name: 'two boxes: one year of operation' } });
  });

  it('electricity: (100 W × 0.5 + 50 W × 0.5) × 8,760 h × 2 servers = 1,314 kWh IT, × (1.5 − 1) = 657 kWh overhead: 1,971 kWh/year at FR', () => {
    const e = ex.filter((x) => x.flow.name === 'electricity');
    expect(e).toHaveLength(1);
    expect(e[0].amount).toBeCloseTo(1971, 9);
    expect(e[0]).toMatchObject({ isInput: true, unit: { name: 'kWh' }, flowProperty: { name: 'Energy' }, location: { name: 'FR' } });
    expect(e[0].uncertainty).toBeUndefined();
    const loc = pkg.entities.find((x) => x['@type'] === 'Location') as OlcaRootEntity;
    expect(loc.code).toBe('FR');
  });

  it('hardware per year: quantity × parts × 2 servers ÷ 4 years, uncertainty scaled by the same factor', () => {
    const by = (name: string) => ex.find((x) => x.flow.name === name) as OlcaExchange;
    // die: 2 cm² × 3 × 2 ÷ 4 = 3 cm²/year; uniform(1, 3) × 1.5 = uniform(1.5, 4.5)
    expect(by('integrated circuit, logic die').amount).toBeCloseTo(3, 12);
    expect(by('integrated circuit, logic die').unit.name).toBe('cm2');
    expect(by('integrated circuit, logic die').uncertainty).toEqual({ '@type': 'Uncertainty', distributionType: 'UNIFORM_DISTRIBUTION', minimum: 1.5, maximum: 4.5 });
    // board: 100 cm² × 1 × 2 ÷ 4 = 50 cm²/year
    expect(by('printed circuit board, 8 layers').amount).toBeCloseTo(50, 12);
    // DRAM: 64 GB × 2 ÷ 4 = 32 GB/year, in ailca's own data-capacity unit group
    expect(by('memory, dram').amount).toBeCloseTo(32, 12);
    expect(by('memory, dram').unit.name).toBe('GB');
    // PSU: 2 kg × 2 ÷ 4 = 1 kg/year
    expect(by('part: PSU').amount).toBeCloseTo(1, 12);
    expect(by('part: PSU').flowProperty.name).toBe('Mass');
    // ailca's own embodied carbon of the die over the server's life: 2 cm² × 3 × 2 servers × 1 kgCO2e/cm² = 12 kgCO2e
    expect(by('integrated circuit, logic die').description).toContain('ailca: 12 kgCO2e embodied');
  });

  it('names the source of each input and uses openLCA’s reference unit ids', () => {
    const energy = pkg.entities.find((x) => x['@type'] === 'UnitGroup' && x.name === 'Units of energy') as OlcaRootEntity;
    expect(energy['@id']).toBe('93a60a57-a3c8-11da-a746-0800200c9a66');
    // 1 kWh = 3.6 MJ, openLCA's reference unit of energy
    expect(energy.units).toContainEqual({ '@type': 'Unit', '@id': '86ad2244-1f0e-4912-af53-7865283103e4', name: 'kWh', conversionFactor: 3.6, isRefUnit: false });
    const docs = pkg.process.processDocumentation as { sources: unknown[] };
    expect(docs.sources.length).toBe(pkg.entities.filter((x) => x['@type'] === 'Source').length);
  });

  it('is deterministic: the same study gives the same files', () => {
    expect(openLcaFiles(exportOpenLca(smallStudy()))).toEqual(openLcaFiles(pkg));
  });
});

describe('exportOpenLca: uncertainty openLCA cannot hold', () => {
  it('refuses a PERT quantity by default, naming the input, and omits it on request with a note', () => {
    const pert = defineStudy({
      name: 'pert',
      servers: [{ name: 'box', lifetime: '4 years', components: [{ type: 'ic', name: 'CPU', technology: 'logic', dieArea: { dist: 'pert', min: '1 cm2', mode: '2 cm2', max: '4 cm2' }, factor: '1 kgCO2e/cm2' }], power: { active: '100 W', idle: '50 W' } }],
      workload: { utilization: 0.5 },
      cloud: { gridIntensity: '0.05 kg/kWh', pue: 1 },
    });
    expect(() => exportOpenLca(pert)).toThrow(InputError);
    let err: InputError | undefined;
    try { exportOpenLca(pert); } catch (e) { err = e as InputError; }
    expect(err?.path).toBe('servers[0].components[0].dieArea');
    expect(err?.message).toContain('include no beta or PERT');
    expect(err?.fix).toContain("unmappable: 'omit'");
    const pkg = exportOpenLca(pert, { unmappable: 'omit' });
    expectValidPackage(pkg);
    const die = exchangesOf(pkg).find((x) => x.flow.name === 'integrated circuit, logic die') as OlcaExchange;
    expect(die.uncertainty).toBeUndefined();
    // the base of a PERT is its mean, (1 + 4 × 2 + 4) / 6 = 13/6 cm², over 4 years
    expect(die.amount).toBeCloseTo(13 / 6 / 4, 12);
    expect(pkg.notes.some((n) => n.includes('servers[0].components[0].dieArea'))).toBe(true);
    expect(String((pkg.process.processDocumentation as Record<string, unknown>).completenessDescription)).toContain('PERT');
    expect(() => exportOpenLca(pert, { unmappable: 'drop' as 'omit' })).toThrow(/options\.unmappable/);
  });

  it('maps a normal truncated far out as its parent (2 servers ÷ 4 years: k = 0.5), and refuses one truncated within a standard deviation', () => {
    const study = (min: string) => defineStudy({
      name: 'normal die',
      servers: [{ name: 'box', count: 2, lifetime: '4 years', components: [{ type: 'ic', name: 'CPU', technology: 'logic', dieArea: { dist: 'normal', mean: '2 cm2', sd: '0.1 cm2', min }, factor: '1 kgCO2e/cm2' }], power: { active: '100 W', idle: '50 W' } }],
      workload: { utilization: 0.5 },
      cloud: { gridIntensity: '0.05 kg/kWh', pue: 1 },
    });
    // min 0.5 cm² is 15 sd below the mean: Φ(−15) ≈ 4e−51 of the probability is cut off, ≤ 1e−6
    const pkg = exportOpenLca(study('0.5 cm2'));
    expectValidPackage(pkg);
    const die = exchangesOf(pkg).find((x) => x.flow.name === 'integrated circuit, logic die') as OlcaExchange;
    expect(die.uncertainty).toEqual({ '@type': 'Uncertainty', distributionType: 'NORMAL_DISTRIBUTION', mean: 1, sd: 0.05 });
    expect(die.description).toContain('truncation to [0.5, Infinity] dropped');
    // min 1.9 cm² is 1 sd below: Φ(−1) ≈ 0.16 is cut off
    expect(() => exportOpenLca(study('1.9 cm2'))).toThrow(/truncation cuts off more than 0\.000001/);
  });

  it('lists embodied carbon allocated through jobs without a bill of materials (BLOOM\'s GPUs) as not exported; the jobs-only servers are exported (test/export/job-hardware.test.ts)', () => {
    const pkg = exportOpenLca(loadStudy('examples/bloom-training.json'));
    expectValidPackage(pkg);
    expect(pkg.notes.filter((n) => n.startsWith('Not exported as a product flow')).length).toBe(1);
  });
});

describe('every example exports to valid olca-schema v2', () => {
  for (const f of readdirSync('examples').filter((x) => x.endsWith('.json'))) {
    it(f, () => {
      const pkg = exportOpenLca(loadStudy(join('examples', f)), { unmappable: 'omit' });
      expectValidPackage(pkg);
    });
  }
});

describe('the schema check', () => {
  it('rejects what olca-schema does not define, so that passing it means something', () => {
    const pkg = exportOpenLca(smallStudy());
    const v = validatorOf('Process');
    expect(v({ ...pkg.process, exchange: [] })).toBe(false); // misspelt field
    expect(v({ ...pkg.process, processType: 'UNIT' })).toBe(false); // not an enum value
    const bad = exchangesOf(pkg).map((x, i) => (i === 1 ? { ...x, uncertainty: { '@type': 'Uncertainty', distributionType: 'GAMMA_DISTRIBUTION' } } : x));
    expect(v({ ...pkg.process, exchanges: bad })).toBe(false);
    expect(v({ ...pkg.process, exchanges: exchangesOf(pkg).map((x) => ({ ...x, flow: { ...x.flow, '@type': 'Process' } })) })).toBe(false); // a Ref[Flow] that names a process
  });
});

/** Read a zip's central directory and its files, checking each CRC-32: a reader independent of the writer. */
function readZip(buf: Buffer): { path: string; data: Buffer; method: number }[] {
  const end = buf.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06]));
  const count = buf.readUInt16LE(end + 10);
  let p = buf.readUInt32LE(end + 16);
  const out: { path: string; data: Buffer; method: number }[] = [];
  for (let i = 0; i < count; i++) {
    expect(buf.readUInt32LE(p)).toBe(0x02014b50);
    const method = buf.readUInt16LE(p + 10);
    const crc = buf.readUInt32LE(p + 16);
    const size = buf.readUInt32LE(p + 20);
    const nameLength = buf.readUInt16LE(p + 28);
    const extra = buf.readUInt16LE(p + 30);
    const comment = buf.readUInt16LE(p + 32);
    const local = buf.readUInt32LE(p + 42);
    const path = buf.toString('utf8', p + 46, p + 46 + nameLength);
    expect(buf.readUInt32LE(local)).toBe(0x04034b50);
    const start = local + 30 + buf.readUInt16LE(local + 26) + buf.readUInt16LE(local + 28);
    const data = buf.subarray(start, start + size);
    expect(crc32(data)).toBe(crc);
    out.push({ path, data, method });
    p += 46 + nameLength + extra + comment;
  }
  return out;
}

describe('writeOpenLca', () => {
  const pkg = exportOpenLca(smallStudy());
  it('writes a stored zip of olca-schema.json and FOLDER/ID.json files that reads back byte for byte', () => {
    const out = join(mkdtempSync(join(tmpdir(), 'ailca-olca-')), 'two.zip');
    expect(writeOpenLca(pkg, out)).toEqual([out]);
    const entries = readZip(readFileSync(out));
    expect(entries.every((e) => e.method === 0)).toBe(true);
    expect(entries.map((e) => e.path)).toEqual(openLcaFiles(pkg).map((f) => f.path));
    expect(JSON.parse(entries.find((e) => e.path === 'olca-schema.json')?.data.toString() ?? '')).toEqual({ version: 2 });
    const proc = entries.find((e) => e.path === `processes/${pkg.process['@id']}.json`);
    expect(JSON.parse(proc?.data.toString() ?? '')).toEqual(JSON.parse(JSON.stringify(pkg.process)));
    expect(new Set(entries.map((e) => e.path.split('/')[0]))).toEqual(new Set(['olca-schema.json', 'processes', 'flows', 'flow_properties', 'unit_groups', 'locations', 'sources']));
  });
  it('writes a folder of the same files when the path is not a .zip', () => {
    const dir = join(mkdtempSync(join(tmpdir(), 'ailca-olca-')), 'pkg');
    const files = writeOpenLca(pkg, dir);
    expect(files.length).toBe(openLcaFiles(pkg).length);
    expect(readdirSync(dir).sort()).toEqual(['flow_properties', 'flows', 'locations', 'olca-schema.json', 'processes', 'sources', 'unit_groups']);
  });
  it('storeZip of nothing is the 22-byte end record', () => {
    expect(storeZip([]).length).toBe(22);
    expect(storeZip([]).readUInt32LE(0)).toBe(0x06054b50);
  });
});
