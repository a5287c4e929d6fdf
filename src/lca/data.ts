import { constant, div, mul, type Expr } from '../graph/index.js';
import type { Param, Storage, Study, Transfer } from '../model/index.js';
import { chargeEmbodied, chargeEnergy, chargeOverhead, type WorkTotals } from './ledger.js';
import { perYearOf } from './lifetime.js';
import { overheadOf } from './overhead.js';
import { ref } from './param-ref.js';
import { GB_PER_TB, HOURS_PER_YEAR, WH_PER_KWH } from './units.js';

/**
 * Compile one storage entry: energy over its duration = capacity [GB] ×
 * replication × power per TB [W/TB] × duration [years] × 8,760 h ÷ (1000 GB/TB
 * × 1000 Wh/kWh), and the drives' embodied carbon × duration ÷ lifetime
 * (time-based allocation; the drives are held for the data the whole time).
 */
export function compileStorage(t: WorkTotals, study: Study, s: Storage, i: number): void {
  const life = study.serviceLife as Param;
  const copiesGB = mul(ref(s.capacity), ref(s.replication));
  const energyOverDuration = div(mul(copiesGB, ref(s.powerPerTB), ref(s.duration), constant(HOURS_PER_YEAR)), constant(GB_PER_TB * WH_PER_KWH));
  const intensity = ref(s.site.gridIntensity);
  const c = { key: `storage:${i}`, label: s.name, element: 'data' as const, tags: { stage: 'storage', component: s.name } };
  const perYear = perYearOf(energyOverDuration, life);
  chargeEnergy(t, c, perYear, intensity);
  chargeOverhead(t, c, overheadOf(perYear, s.site.pue, study.cloud.overheadShare), intensity);
  chargeEmbodied(t, c, div(mul(copiesGB, ref(s.embodiedPerGB), ref(s.duration)), ref(s.lifetime)));
}

/**
 * Compile one transfer: GB (once, or per year) × energy per GB × the
 * intensity of the network's grid. Networks have no data-centre PUE.
 */
export function compileTransfer(t: WorkTotals, study: Study, x: Transfer, i: number): void {
  const perGB = ref(x.energyPerGB);
  const perYear = x.amountPerYear !== undefined ? mul(ref(x.amountPerYear), perGB) : perYearOf(mul(ref(x.amount as Param), perGB), study.serviceLife as Param);
  chargeEnergy(t, { key: `transfer:${i}`, label: x.name, element: 'data', tags: { stage: 'transfer', component: x.name } }, perYear, ref(x.gridIntensity));
}
