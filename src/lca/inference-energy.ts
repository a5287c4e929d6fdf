import { add, constant, div, mul, type Expr } from '../graph/index.js';
import type { Inference, Study } from '../system/index.js';
import { chargeEnergy, chargeOverhead, type WorkTotals } from './ledger.js';
import { acceleratorPower } from './job-energy.js';
import { overheadOf } from './overhead.js';
import { onSiteFactor, ref } from './param-ref.js';
import { DAYS_PER_YEAR, JOULES_PER_KWH, WH_PER_KWH } from './units.js';

/**
 * Requests served per year [requests/year]: requestsPerYear, or requestsPerDay × 365.
 *
 * @param inf - the parsed inference
 * @example
 * const model = compileStudy(defineStudy({ name: 'serve', cloud: { gridIntensity: '0.5 kg/kWh', pue: 1.5 },
 *   model: { serviceLife: '1 year', inference: { requestsPerDay: 1000, energyPerRequest: '1 Wh' } } }));
 * const at = (key: string) => evaluate([model.outputs.find((o) => o.key === key)!.expr], new Map(model.inputs.map((i) => [i.name, i.value])))[0];
 * at('inference.requestsPerYear'); // => 365000
 */
export function requestsPerYear(inf: Inference): Expr {
  return inf.requestsPer === 'day' ? mul(ref(inf.requests), constant(DAYS_PER_YEAR)) : ref(inf.requests);
}

/**
 * IT energy of one request [kWh], levers applied: given per request, per
 * token × tokens, or accelerators' power ÷ throughput (requests or tokens per
 * second), × batch time ÷ batch size, or × the time the request's FLOPs
 * (2 × parameters × tokens, Kaplan et al. 2020) take at efficiency × peak. Undefined when the serving hardware is
 * a standing server (its energy is the server's).
 *
 * @param inf - the parsed inference
 * @example
 * // 1 Wh per request, PUE 1.5: 0.001 kWh + 0.0005 kWh of overhead
 * const model = compileStudy(defineStudy({ name: 'serve', cloud: { gridIntensity: '0.5 kg/kWh', pue: 1.5 },
 *   model: { serviceLife: '1 year', inference: { requestsPerDay: 1000, energyPerRequest: '1 Wh' } } }));
 * const at = (key: string) => evaluate([model.outputs.find((o) => o.key === key)!.expr], new Map(model.inputs.map((i) => [i.name, i.value])))[0];
 * at('inference.energyPerRequest'); // => 0.0015
 */
export function energyPerRequest(inf: Inference): Expr | undefined {
  const e = inf.energy;
  if (e === undefined) return undefined;
  let kWh: Expr;
  if (e.kind === 'perRequest') kWh = ref(e.energy);
  else if (e.kind === 'perToken') kWh = mul(ref(e.energy), ref(inf.tokensPerRequest!));
  else {
    const a = e.accelerator;
    const watts = mul(constant(a.count), acceleratorPower(a.power!)); // the accelerators together
    if (e.kind === 'throughput') kWh = div(watts, mul(ref(e.requestsPerSecond), constant(JOULES_PER_KWH)));
    else if (e.kind === 'tokenThroughput') kWh = div(mul(watts, ref(inf.tokensPerRequest!)), mul(ref(e.tokensPerSecond), constant(JOULES_PER_KWH)));
    else if (e.kind === 'batch') kWh = div(mul(watts, ref(e.batchTime)), mul(ref(e.batchSize), constant(WH_PER_KWH))); // W × h ÷ requests → kWh
    else {
      // Kaplan et al. 2020: 2N FLOPs per token; the n accelerators serve n × peak × efficiency FLOP/s together
      const flops = mul(ref(e.flopsPerParameterToken), ref(e.parameters), ref(inf.tokensPerRequest!));
      kWh = div(mul(watts, flops), mul(constant(a.count), ref(e.peakFlops), ref(e.efficiency), constant(JOULES_PER_KWH)));
    }
  }
  return mul(kWh, ref(inf.energyScale));
}

/**
 * Compile the model's inference: requests per year × energy per request, with
 * the data-centre overhead and the grid of the site where it is served.
 *
 * @example
 * // 365,000 requests × 0.001 kWh = 365 kWh/year × 0.5 kg/kWh
 * const model = compileStudy(defineStudy({ name: 'serve', cloud: { gridIntensity: '0.5 kg/kWh', pue: 1.5 },
 *   model: { serviceLife: '1 year', inference: { requestsPerDay: 1000, energyPerRequest: '1 Wh' } } }));
 * const at = (key: string) => evaluate([model.outputs.find((o) => o.key === key)!.expr], new Map(model.inputs.map((i) => [i.name, i.value])))[0];
 * at('operational:inference'); // => 182.5
 */
export function compileInference(t: WorkTotals, study: Study, inf: Inference): void {
  const requests = requestsPerYear(inf);
  t.outputs.push({ key: 'inference.requestsPerYear', label: `${inf.name}: requests per year`, unit: 'requests/year', expr: requests, tags: { element: 'model', stage: 'inference' } });
  const perRequest = energyPerRequest(inf);
  if (perRequest === undefined) return;
  const intensity = mul(ref(inf.site.gridIntensity), ref(inf.carbonScale));
  const overhead = overheadOf(perRequest, inf.site.pue, study.cloud.overheadShare);
  const tags = { stage: 'inference', component: inf.name };
  chargeEnergy(t, { key: 'inference', label: inf.name, element: 'model', tags }, mul(perRequest, requests), intensity);
  const onSite = onSiteFactor(inf.site.pue);
  chargeOverhead(t, { key: 'inference', label: inf.name, element: 'model', tags }, mul(overhead, requests), intensity, onSite && { itKWhPerYear: mul(perRequest, requests), factor: onSite });
  t.outputs.push({ key: 'inference.energyPerRequest', label: `${inf.name}: energy per request with data-centre overhead`, unit: 'kWh', expr: add(perRequest, overhead), tags: { element: 'model', stage: 'inference', quantity: 'energy' } });
}
