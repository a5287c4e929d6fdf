import { DEFAULT_IC_METHOD, DEFAULT_STORAGE_METHOD } from '../datasets/index.js';
import { InputError } from '../errors/index.js';
import type { SourcedFactor } from './factor-lookup.js';
import type { ParseContext } from './parse-context.js';

/**
 * Ratio [1] between two factor sets' values for the same part above which a
 * study is warned: one order of magnitude. Issue 13: ACT's bare-board PCB
 * factors (0.41–0.91 kgCO2e/m²) against the seed's assembled board
 * (0.06 kgCO2e/cm² = 600 kgCO2e/m²) differ by about 660×, so switching
 * `factors.method` silently moves that part by orders of magnitude.
 */
export const METHOD_SPREAD_WARN_RATIO = 10;

/** What was looked up: an IC by technology and process, a PCB by layers, memory or storage per GB. */
export type SpreadQuery =
  | { readonly kind: 'ic'; readonly technology: string; readonly process?: string }
  | { readonly kind: 'pcb'; readonly layers: number }
  | { readonly kind: 'capacity'; readonly technology: string; readonly process?: string };

function describe(q: SpreadQuery): string {
  if (q.kind === 'pcb') return `a board of ${q.layers} layers`;
  return `${q.technology}${q.process === undefined ? '' : ` (${q.process})`}`;
}

function lookupIn(ctx: ParseContext, q: SpreadQuery, method: string, path: string): SourcedFactor | undefined {
  try {
    if (q.kind === 'pcb') return ctx.lookup.pcbFactor({ layers: q.layers, method, nearest: true }, path);
    if (q.kind === 'ic') return ctx.lookup.icFactor({ technology: q.technology, process: q.process, method }, path);
    return ctx.lookup.capacityFactor({ technology: q.technology, process: q.process, method }, path);
  } catch (e) {
    if (e instanceof InputError) return undefined; // the other set has nothing for this part: nothing to compare
    throw e;
  }
}

/**
 * Warn when the factor a study looked up for a part differs by more than
 * {@link METHOD_SPREAD_WARN_RATIO}× from what the default factor set, or the
 * study's own `factors.method`, gives for the same part: switching `method`
 * between those sets would move the part by an order of magnitude or more.
 * A PCB compared at a layer count the other set lacks uses that set's
 * nearest row, and the warning says so. Sets that have nothing for the part
 * are not compared. Only dataset factors are checked (a factor the study
 * gives is its own choice).
 *
 * @param used - the factor the study took, whose `source.dataset` names the set that answered
 * @param studyMethod - the study's `factors.method`, if any
 * @internal
 */
export function warnMethodSpread(ctx: ParseContext, path: string, q: SpreadQuery, used: SourcedFactor, studyMethod: string | undefined): void {
  const set = used.source.dataset?.name;
  if (set === undefined || !(used.value > 0)) return;
  const fallback = q.kind === 'capacity' ? DEFAULT_STORAGE_METHOD : DEFAULT_IC_METHOD;
  const others = [...new Set([fallback, studyMethod])].filter((m): m is string => m !== undefined && m !== set);
  for (const other of others) {
    const ref = lookupIn(ctx, q, other, path);
    if (ref === undefined || !(ref.value > 0)) continue;
    const ratio = Math.max(used.value / ref.value, ref.value / used.value);
    if (ratio <= METHOD_SPREAD_WARN_RATIO) continue;
    const at = ref.assumption === undefined ? '' : ` (${ref.assumption})`;
    const m2 = q.kind === 'pcb' ? (v: number): string => ` = ${+(v * 1e4).toPrecision(4)} kgCO2e/m²` : (): string => '';
    ctx.warnings.push(
      `${path}: factor sets disagree by ${+ratio.toPrecision(3)}× for ${describe(q)}: ${set} gives ${+used.value.toPrecision(4)} ${used.unit}${m2(used.value)}, ${other} gives ${+ref.value.toPrecision(4)} ${ref.unit}${m2(ref.value)}${at}. Switching factors.method between them moves this part by more than ${METHOD_SPREAD_WARN_RATIO}×; read both rows' notes (what each figure covers) and give the factor explicitly with its source to keep it fixed`,
    );
  }
}
