import { InputError } from '../errors/index.js';
import { checkNumber } from '../validate/index.js';
import { rowsOf, type Dataset } from './dataset.js';
import { methodSearchOrder, sourcedValue, type FactorSource } from './factor-source.js';
import { DEFAULT_IC_METHOD } from './lookup-ic-factor.js';
import type { PcbFactorRow } from './schemas/index.js';
import type { SourcedValue } from './types.js';

/** What {@link lookupPcbFactor} is asked for. */
export interface PcbFactorQuery extends FactorSource {
  /** Number of copper layers, an integer ≥ 1. */
  readonly layers: number;
  /** The factor set = dataset name: `clemm-2024` (default), `act-2022`, or a user dataset's name. */
  readonly method?: string;
  /** Outside the set's range, take the row nearest in layer count (recorded in `assumption`) instead of refusing; for comparisons between sets, not for a study's own factor. */
  readonly nearest?: boolean;
}

/** A row between `lo` and `hi` at `layers`, linear in the layer count (value and, when both rows have one, range). */
function interpolate(d: Dataset, lo: PcbFactorRow, hi: PcbFactorRow, layers: number): SourcedValue {
  const t = (layers - lo.layers) / (hi.layers - lo.layers);
  const at = (a: number, b: number): number => a + (b - a) * t;
  const ranged = lo.min !== undefined && lo.max !== undefined && hi.min !== undefined && hi.max !== undefined;
  const perM2 = (v: number): string => `${+(v * 1e4).toPrecision(6)} kgCO2e/m²`;
  const note = `linear between the ${lo.layers}-layer row (${perM2(lo.value)}) and the ${hi.layers}-layer row (${perM2(hi.value)}) of ${d.name}: ${perM2(lo.value)} + (${perM2(hi.value)} − ${perM2(lo.value)}) × (${layers} − ${lo.layers}) / (${hi.layers} − ${lo.layers})`;
  const row: PcbFactorRow = {
    origin: lo.origin,
    layers,
    value: at(lo.value, hi.value),
    ...(ranged ? { min: at(lo.min, hi.min), max: at(lo.max, hi.max), dist: lo.dist } : {}),
    source: lo.source,
    year: Math.max(lo.year, hi.year),
    note: `${note}${lo.source === hi.source ? '' : ` (the ${hi.layers}-layer row cites source ${hi.source})`}`,
  };
  return Object.freeze({ ...sourcedValue(d, row, 'kgCO2e/cm²', `${layers} layers (interpolated)`), assumption: `${layers} layers: ${note}` });
}

/**
 * Manufacturing carbon of a printed circuit board per cm², in kgCO2e/cm², by
 * layer count, from a named factor set. A layer count the set lists gives
 * its row; one between two listed counts is interpolated linearly between
 * them (the result's `note` and `assumption` give the arithmetic); one
 * outside the set's range is refused with the range, never clamped or
 * extrapolated.
 *
 * @throws {@link InputError} for a layer count that is not an integer in [1, 64], or one outside the set's range
 * @example
 * lookupPcbFactor({ layers: 16 }).value; // => 0.06
 * // ACT: 4 layers 0.43 kg/m², 6 layers 0.71 kg/m² → 5 layers 0.57 kg/m² = 0.000057 kg/cm²
 * lookupPcbFactor({ layers: 5, method: 'act-2022' }).value * 1e4; // => 0.57
 * lookupPcbFactor({ layers: 8, nearest: true }).key; // => '16 layers'
 */
export function lookupPcbFactor(query: PcbFactorQuery): SourcedValue {
  checkNumber(query.layers, 'layers', { min: 1, max: 64, integer: true, fix: 'give the number of copper layers, e.g. 16' });
  const datasets = methodSearchOrder(query, DEFAULT_IC_METHOD);
  for (const d of datasets) {
    const row = rowsOf(d, 'pcb-factor').find((r) => r.layers === query.layers);
    if (row) return sourcedValue(d, row, 'kgCO2e/cm²', `${row.layers} layers`);
  }
  for (const d of datasets) {
    const rows = [...rowsOf(d, 'pcb-factor')].sort((a, b) => a.layers - b.layers);
    const hi = rows.findIndex((r) => r.layers > query.layers);
    if (hi > 0) return interpolate(d, rows[hi - 1], rows[hi], query.layers);
  }
  if (query.nearest === true) {
    const rows = datasets.flatMap((d) => rowsOf(d, 'pcb-factor').map((row) => ({ d, row })));
    const best = rows.sort((a, b) => Math.abs(a.row.layers - query.layers) - Math.abs(b.row.layers - query.layers))[0];
    if (best !== undefined) {
      const v = sourcedValue(best.d, best.row, 'kgCO2e/cm²', `${best.row.layers} layers`);
      return Object.freeze({ ...v, assumption: `${query.layers} layers is outside ${best.d.name}'s range: its nearest row, ${best.row.layers} layers, is used` });
    }
  }
  const ranges = datasets.flatMap((d) => {
    const layers = rowsOf(d, 'pcb-factor').map((r) => r.layers);
    if (layers.length === 0) return [];
    const lo = Math.min(...layers);
    const hi = Math.max(...layers);
    return [`${lo === hi ? lo : `${lo} to ${hi}`} layers (${d.name})`];
  });
  throw new InputError({
    path: 'layers',
    received: query.layers,
    expected: ranges.length > 0 ? ranges.join(', ') : `a factor set with PCB rows (${datasets.map((d) => d.name).join(', ')} has none)`,
    problem: 'is outside the layer counts the factor set gives (no extrapolation)',
    fix: 'use another factor set (method) whose range covers the board, or give the board\'s factor explicitly with its source',
  });
}
