import { add, mul, type Expr } from '../graph/index.js';
import type { Job, Param, Study } from '../system/index.js';
import { chargeEmbodied, chargeEnergy, chargeOverhead, emptyTotals, sum, type WorkElement, type WorkTotals } from './ledger.js';
import { compileInference } from './inference-energy.js';
import { compileJob } from './job-energy.js';
import { ofHost } from './allocation.js';
import { hardwareStages, type HardwareStages } from './life-cycle-parts.js';
import { jobFlops } from './job-flops.js';
import { runsOverServiceLife, runsPerServiceYear } from './lifetime.js';
import { overheadOf } from './overhead.js';
import { compileStorage, compileTransfer } from './data.js';
import { OUTPUT } from './output-keys.js';
import { onSiteFactor, ref } from './param-ref.js';

/** The whole embodied carbon and rated active power of a server group, for jobs that run on it. */
export interface ServerHardware {
  /** Embodied impact of the whole group over its life [kgCO2e]: manufacturing, plus transport and end of life where declared. */
  readonly embodied: Expr;
  /** Of which transport and end of life, and apart the module D credits (≤ 0) [kgCO2e], when the group declares them. */
  readonly stages?: HardwareStages;
  /** Rated active power of the group [W], when the study gives its power model. */
  readonly activeW?: Expr;
}

function chargeJob(t: WorkTotals, study: Study, job: Job, element: WorkElement, hardware: ReadonlyMap<string, ServerHardware>): void {
  const s = study.serviceLife as Param;
  const hw = job.server !== undefined ? hardware.get(job.server) : undefined;
  const c = compileJob(job, hw?.embodied, hw?.activeW);
  const occ = runsPerServiceYear(job, s);
  const overLife = runsOverServiceLife(job, s);
  const tags = { job: job.id, stage: job.phase };
  c.energyParts.forEach((p, k) => chargeEnergy(t, { key: `job:${job.id}:${k}`, label: `${job.name}: ${p.name}`, element, tags: { ...tags, component: p.name } }, mul(p.kWh, occ), c.intensity));
  const overheadRun = overheadOf(c.pueEnergy, job.site.pue, study.cloud.overheadShare);
  const onSite = onSiteFactor(job.site.pue);
  chargeOverhead(t, { key: `job:${job.id}`, label: job.name, element, tags }, mul(overheadRun, occ), c.intensity, onSite && { itKWhPerYear: mul(c.pueEnergy, occ), factor: onSite });
  c.embodiedParts.forEach((p, k) => chargeEmbodied(t, { key: `job:${job.id}:${k}`, label: `${job.name}: ${p.name} (allocated)`, element, tags: { ...tags, component: p.name, server: job.server ?? '' } }, mul(p.kgCO2e, overLife)));
  const accelerators = job.accelerator === undefined ? undefined : hardwareStages(job.accelerator.count, job.accelerator.transport, job.accelerator.endOfLife);
  const stages = [...(hw?.stages ? [ofHostStages(job, hw.stages)] : []), ...(accelerators ? [accelerators] : [])];
  if (stages.length > 0 && c.share !== undefined) chargeHardwareStages(t, job, element, stages, c.share, overLife);
  const gridRun = mul(add(c.itEnergy, overheadRun), c.intensity);
  const operationalRun = onSite === undefined ? gridRun : add(gridRun, mul(c.pueEnergy, onSite));
  const embodiedRun = add(...c.embodiedParts.map((p) => p.kgCO2e));
  const perRun = add(operationalRun, embodiedRun);
  const out = (key: string, label: string, unit: string, expr: Expr) => t.outputs.push({ key: `job:${job.id}:${key}`, label: `${job.name}: ${label}`, unit, expr, tags: { ...tags, element } });
  if (c.hours !== undefined) out('hours', 'duration of one run', 'h', c.hours);
  if (job.duration?.kind === 'flops') out('flops', 'floating-point operations of one run', 'FLOP', jobFlops(job.duration));
  out('itEnergy', 'IT energy of one run', 'kWh', c.itEnergy);
  out('energy', 'energy of one run with data-centre overhead', 'kWh', add(c.itEnergy, overheadRun));
  out('operational', 'operational carbon of one run', 'kgCO2e', operationalRun);
  if (c.share !== undefined) out('share', 'share of the hardware lifetime charged to one run', '1', c.share);
  if (job.allocation?.share !== undefined) out('hostShare', 'share of the host hardware the job holds', '1', ref(job.allocation.share));
  out('embodied', 'embodied carbon allocated to one run', 'kgCO2e', embodiedRun);
  out('perRun', 'footprint of one run', 'kgCO2e', perRun);
  out('total', 'footprint over the service life', 'kgCO2e', mul(perRun, overLife));
  if (element === 'model' && job.runsPerYear === undefined && job.phase !== 'retraining') t.oneOff.push(mul(perRun, ref(job.runs)));
}

/** The job's host share of its server group's stages (accelerators are counted whole). */
function ofHostStages(job: Job, s: HardwareStages): HardwareStages {
  return { transport: ofHost(job, s.transport), endOfLife: ofHost(job, s.endOfLife), moduleD: ofHost(job, s.moduleD) };
}

/**
 * A job's share of the transport, end of life and module D of the hardware
 * it runs on (its server group's, host share applied, and its
 * accelerators'): each × the run's share of the hardware's lifetime, as
 * their manufacturing. Already in the job's embodied impact: recorded
 * apart, per run as outputs and over the service life in the ledger, for
 * the stage totals.
 */
function chargeHardwareStages(t: WorkTotals, job: Job, element: WorkElement, stages: readonly HardwareStages[], share: Expr, overLife: Expr): void {
  const tags = { job: job.id, stage: job.phase, element, server: job.server ?? '' };
  const parts: [keyof HardwareStages, string, string][] = [['transport', 'transport', 'transport of the hardware, allocated to one run'], ['endOfLife', 'end-of-life', 'end of life of the hardware, allocated to one run'], ['moduleD', 'moduleD', 'recycling benefits beyond the system boundary, allocated to one run']];
  for (const [key, phase, label] of parts) {
    const run = mul(add(...stages.map((s) => s[key])), share);
    t.stages[key].push(mul(run, overLife));
    t.outputs.push({ key: `job:${job.id}:${key}`, label: `${job.name}: ${label}`, unit: 'kgCO2e', expr: run, tags: { ...tags, phase } });
  }
}

/**
 * Compile the model and data elements into the ledger: every job's energy
 * and allocated embodied carbon, the inference energy, storage and transfer.
 * Recurring work is charged per year; one-off work over the service life,
 * i.e. ÷ its years per year.
 *
 * @param study - the parsed study
 * @param hardware - the embodied carbon and active power of server groups jobs run on, by id
 * @example
 * // one 1000 kWh training run (PUE 1.5, 0.5 kg/kWh) = 750 kg over a 2-year service life
 * const model = compileStudy(defineStudy({ name: 'amortised', functionalUnit: 'year', cloud: { gridIntensity: '0.5 kg/kWh', pue: 1.5 },
 *   model: { serviceLife: '2 years', jobs: [{ id: 'train', energy: '1000 kWh' }] } }));
 * const at = (key: string) => evaluate([model.outputs.find((o) => o.key === key)!.expr], new Map(model.inputs.map((i) => [i.name, i.value])))[0];
 * at(OUTPUT.modelOneOff); // => 750
 * at(OUTPUT.annualizedTotal); // => 375
 */
export function compileWork(study: Study, hardware: ReadonlyMap<string, ServerHardware>): WorkTotals {
  const t = emptyTotals();
  if (study.serviceLife === undefined) return t;
  for (const job of study.model?.jobs ?? []) chargeJob(t, study, job, 'model', hardware);
  for (const job of study.data?.preprocessing ?? []) chargeJob(t, study, job, 'data', hardware);
  if (study.model?.inference !== undefined) compileInference(t, study, study.model.inference);
  study.data?.storage.forEach((s, i) => compileStorage(t, study, s, i));
  study.data?.transfer.forEach((x, i) => compileTransfer(t, study, x, i));
  t.outputs.push({ key: OUTPUT.modelOneOff, label: 'one-off model jobs (one training run of the model)', unit: 'kgCO2e', expr: sum(t.oneOff), tags: { element: 'model' } });
  return t;
}
