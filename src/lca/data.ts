import { constant, div, mul } from '../graph/index.js';
import type { Param, Storage, Study, Transfer } from '../system/index.js';
import { chargeEmbodied, chargeEnergy, chargeOverhead, type WorkTotals } from './ledger.js';
import { perYearOf } from './lifetime.js';
import { overheadOf } from './overhead.js';
import { onSiteFactor, ref } from './param-ref.js';
import { GB_PER_TB, HOURS_PER_YEAR, WH_PER_KWH } from './units.js';

/**
 * Compile one storage entry: energy over its duration = capacity [GB] ×
 * replication × power per TB [W/TB] × duration [years] × 8,760 h ÷ (1000 GB/TB
 * × 1000 Wh/kWh), and the drives' embodied carbon × duration ÷ lifetime
 * (time-based allocation; the drives are held for the data the whole time).
 *
 * @example
 * // 10 TB × 3 copies on HDD (0.65 W/TB) for a 2-year service life: 30 × 0.65 × 2 × 8,760 ÷ 1000 kWh ÷ 2 years
 * const model = compileStudy(defineStudy({ name: 'store', cloud: { gridIntensity: '0.3 kg/kWh', pue: 1 },
 *   model: { serviceLife: '2 years', inference: { requestsPerYear: 1, energyPerRequest: 0 } },
 *   data: { storage: [{ technology: 'hdd', capacity: '10 TB', replication: 3, powerPerTB: '0.65 W/TB' }] } }));
 * const at = (key: string) => evaluate([model.outputs.find((o) => o.key === key)!.expr], new Map(model.inputs.map((i) => [i.name, i.value])))[0];
 * at('energy:storage:0'); // => (30 * 0.65 * 2 * 8760) / 1000 / 2
 */
export function compileStorage(t: WorkTotals, study: Study, s: Storage, i: number): void {
  const life = study.serviceLife as Param;
  const copiesGB = mul(ref(s.capacity), ref(s.replication));
  const energyOverDuration = div(mul(copiesGB, ref(s.powerPerTB), ref(s.duration), constant(HOURS_PER_YEAR)), constant(GB_PER_TB * WH_PER_KWH));
  const intensity = ref(s.site.gridIntensity);
  const c = { key: `storage:${i}`, label: s.name, element: 'data' as const, tags: { stage: 'storage', component: s.name } };
  const perYear = perYearOf(energyOverDuration, life);
  chargeEnergy(t, c, perYear, intensity);
  const onSite = onSiteFactor(s.site.pue);
  chargeOverhead(t, c, overheadOf(perYear, s.site.pue, study.cloud.overheadShare), intensity, onSite && { itKWhPerYear: perYear, factor: onSite });
  chargeEmbodied(t, c, div(mul(copiesGB, ref(s.embodiedPerGB), ref(s.duration)), ref(s.lifetime)));
}

/**
 * Compile one transfer: GB (once, or per year) × energy per GB × the
 * intensity of the network's grid. Networks have no data-centre PUE.
 *
 * @example
 * // 1 TB a year over the core network at 0.004 kWh/GB = 4 kWh/year
 * const model = compileStudy(defineStudy({ name: 'move', cloud: { gridIntensity: '0.5 kg/kWh', pue: 1.5 },
 *   model: { serviceLife: '2 years', inference: { requestsPerYear: 1, energyPerRequest: 0 } },
 *   data: { transfer: [{ network: 'core', amountPerYear: '1 TB', energyPerGB: '0.004 kWh/GB' }] } }));
 * const at = (key: string) => evaluate([model.outputs.find((o) => o.key === key)!.expr], new Map(model.inputs.map((i) => [i.name, i.value])))[0];
 * at('energy:transfer:0'); // => 4
 */
export function compileTransfer(t: WorkTotals, study: Study, x: Transfer, i: number): void {
  const perGB = ref(x.energyPerGB);
  const perYear = x.amountPerYear !== undefined ? mul(ref(x.amountPerYear), perGB) : perYearOf(mul(ref(x.amount as Param), perGB), study.serviceLife as Param);
  chargeEnergy(t, { key: `transfer:${i}`, label: x.name, element: 'data', tags: { stage: 'transfer', component: x.name } }, perYear, ref(x.gridIntensity));
}
