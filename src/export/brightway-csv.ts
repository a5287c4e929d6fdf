import type { Study } from '../system/index.js';
import { libraryVersion } from '../version.js';
import type { OlcaUncertainty } from './olca-entities.js';
import type { OlcaUnitSymbol } from './olca-units.js';
import { nameUuid } from './name-uuid.js';
import { studyInventory, type UnmappablePolicy } from './study-inventory.js';

/** Options of {@link exportBrightwayCsv}. */
export interface BrightwayCsvOptions {
  /** What to do with a distribution Brightway cannot hold: `error` (default) or `omit` (base amount, noted). */
  readonly unmappable?: UnmappablePolicy;
  /** The Brightway database name; default `ailca <study name>`. */
  readonly database?: string;
}

/** A Brightway CSV and what was left out of it. */
export interface BrightwayCsv {
  /** The CSV text (RFC 4180, `\n` line ends), in bw2io's `CSVImporter` layout. */
  readonly csv: string;
  /** The database name. */
  readonly database: string;
  /** What was not exported or not mapped, and why (also in the activity's comment). */
  readonly notes: readonly string[];
}

/** Brightway unit names (bw2io's normalised, ecoinvent's where it has one) and the factor from the export's unit. */
const BW_UNITS: Readonly<Record<OlcaUnitSymbol, { readonly unit: string; readonly factor: number }>> = {
  kWh: { unit: 'kilowatt hour', factor: 1 },
  cm2: { unit: 'square meter', factor: 1e-4 },
  kg: { unit: 'kilogram', factor: 1 },
  'Item(s)': { unit: 'unit', factor: 1 },
  GB: { unit: 'gigabyte', factor: 1 },
};

const COLUMNS = ['name', 'amount', 'unit', 'location', 'type', 'reference product', 'uncertainty type', 'loc', 'scale', 'minimum', 'maximum', 'comment'] as const;
type Row = Partial<Record<(typeof COLUMNS)[number], string | number>>;

/** The uncertainty columns of a Brightway exchange (stats_arrays). */
export interface BrightwayUncertainty {
  /** stats_arrays id: 2 lognormal, 3 normal, 4 uniform, 5 triangular. */
  readonly 'uncertainty type': 2 | 3 | 4 | 5;
  /** ln of the median (lognormal), the mean (normal) or the mode (triangular). */
  readonly loc?: number;
  /** σ of ln X (lognormal) or the standard deviation (normal). */
  readonly scale?: number;
  /** Lower bound (uniform, triangular). */
  readonly minimum?: number;
  /** Upper bound (uniform, triangular). */
  readonly maximum?: number;
}

/**
 * An openLCA distribution in Brightway's terms (stats_arrays ids), with the
 * amount's unit change `f` (0.0001 for cm² → m²): lognormal → 2 (loc
 * ln(f·geomMean), scale ln geomSd); normal → 3 (loc f·mean, scale f·sd);
 * uniform → 4 (minimum, maximum × f); triangle → 5 (loc f·mode, minimum,
 * maximum × f).
 *
 * @param u - the openLCA distribution
 * @param f - the factor from its unit to the Brightway unit
 * @returns the uncertainty columns
 * @example
 * brightwayUncertainty({ '@type': 'Uncertainty', distributionType: 'TRIANGLE_DISTRIBUTION', minimum: 1, mode: 2, maximum: 4 }, 10); // => { 'uncertainty type': 5, loc: 20, minimum: 10, maximum: 40 }
 */
export function brightwayUncertainty(u: OlcaUncertainty, f: number): BrightwayUncertainty {
  switch (u.distributionType) {
    case 'LOG_NORMAL_DISTRIBUTION':
      return { 'uncertainty type': 2, loc: Math.log(f * u.geomMean), scale: Math.log(u.geomSd) };
    case 'NORMAL_DISTRIBUTION':
      return { 'uncertainty type': 3, loc: f * u.mean, scale: f * u.sd };
    case 'UNIFORM_DISTRIBUTION':
      return { 'uncertainty type': 4, minimum: f * u.minimum, maximum: f * u.maximum };
    case 'TRIANGLE_DISTRIBUTION':
      return { 'uncertainty type': 5, loc: f * u.mode, minimum: f * u.minimum, maximum: f * u.maximum };
  }
}

/** One CSV field: quoted when it holds a comma, quote or line break (RFC 4180); numbers as JavaScript writes them. */
function field(v: string | number | undefined): string {
  if (v === undefined) return '';
  const s = String(v);
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

/**
 * Export a study's inventory as a CSV that Brightway's `bw2io.CSVImporter`
 * reads (the layout of bw2io's `ExcelImporter`: a `Database` section, one
 * `Activity` with its fields, an `Exchanges` table): one activity, one year
 * of operation of the AI system, producing 1 `unit` of itself, with the
 * same technosphere inputs as {@link exportOpenLca} — electricity by
 * location in kilowatt hour; die and board areas in square meter (cm² ×
 * 0.0001); capacity in gigabyte; mass in kilogram; parts in unit — and the
 * same uncertainty mapping, written as stats_arrays ids (2 lognormal,
 * 3 normal, 4 uniform, 5 triangular). The inputs are unlinked: link them to
 * a background database in Brightway (`match_database`).
 *
 * @param study - a parsed study
 * @param options - see {@link BrightwayCsvOptions}
 * @returns the CSV, the database name and the notes
 * @throws {@link InputError} when an amount's distribution cannot be mapped and `unmappable` is `error`, naming the input
 * @example
 * const { csv } = exportBrightwayCsv(loadStudy('examples/xeon-8468.json'));
 * csv.split('\n')[0]; // => 'Database,"ailca Intel Xeon Platinum 8468 server (Clemm et al. 2024, Table I)"'
 * csv.includes('\nelectricity,4084.35,kilowatt hour,DE,technosphere,electricity,'); // => true
 */
export function exportBrightwayCsv(study: Study, options: BrightwayCsvOptions = {}): BrightwayCsv {
  const inv = studyInventory(study, options.unmappable ?? 'error', 'Brightway');
  const database = options.database ?? `ailca ${study.name}`;
  const location = study.cloud.location ?? 'GLO';
  const rows: Row[] = [{ name: inv.reference, amount: 1, unit: 'unit', location, type: 'production', 'reference product': inv.reference, comment: 'One year of operation of the whole system.' }];
  for (const e of inv.electricity) {
    rows.push({ name: 'electricity', amount: e.kWhPerYear, unit: 'kilowatt hour', location: e.location.code ?? e.location.name, type: 'technosphere', 'reference product': 'electricity', comment: `IT energy ${e.itKWhPerYear} kWh/year plus data-centre overhead ${e.overheadKWhPerYear} kWh/year at ${e.location.name}; base case, no uncertainty exported.` });
  }
  for (const h of inv.hardware) {
    const u = BW_UNITS[h.unit];
    rows.push({
      name: h.flow,
      amount: h.amountPerYear * u.factor,
      unit: u.unit,
      location: 'GLO',
      type: 'technosphere',
      'reference product': h.flow,
      ...(h.mapping.kind === 'mapped' ? brightwayUncertainty(h.mapping.uncertainty, u.factor) : {}),
      comment: `${h.component} (${h.path}, server ${h.server}) per year of operation${h.allocation !== undefined ? `, ${h.allocation}` : ''}${h.embodiedKgCO2e === undefined ? '' : `; ailca: ${h.embodiedKgCO2e} kgCO2e embodied over the server's life`}${h.mapping.kind === 'mapped' ? `; uncertainty: ${h.mapping.rule}` : ''}.`,
    });
  }
  const v = (k: string): string => `${inv.values.get(k)}`;
  const comment = [
    `One year of operation of the AI system of the ailca study "${study.name}", exported by ailca ${libraryVersion()}. ailca's emission factors are not exported: link the inputs to a background database.`,
    `ailca's result: ${v('annualized.total')} kgCO2e/year annualised (${v('annualized.embodied')} embodied, ${v('operational.annual')} operational).`,
    ...inv.notes,
  ].join(' ');
  const lines: (string | number | undefined)[][] = [
    ['Database', database],
    ['format', `ailca ${libraryVersion()} Brightway CSV`],
    [],
    ['Activity', inv.reference],
    ['reference product', inv.reference],
    ['unit', 'unit'],
    ['location', location],
    ['code', nameUuid(`process:${study.name}`)],
    ['type', 'process'],
    ['comment', comment],
    ['Exchanges'],
    [...COLUMNS],
    ...rows.map((r) => COLUMNS.map((c) => r[c])),
  ];
  return { csv: `${lines.map((l) => l.map(field).join(',')).join('\n')}\n`, database, notes: inv.notes };
}
