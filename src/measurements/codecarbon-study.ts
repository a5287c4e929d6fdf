import { basename } from 'node:path';
import { lookupCatalogue, lookupGridIntensity, lookupPue } from '../datasets/index.js';
import { InputError } from '../errors/index.js';
import { alpha2OfAlpha3 } from './country-alpha3.js';
import { gpuCatalogueId } from './gpu-catalogue-id.js';
import type { CodeCarbonRun } from './parse-codecarbon.js';

/**
 * Relative accuracy of NVML's board power reading, ±5 % (NVIDIA, "NVML API
 * Reference Guide", nvmlDeviceGetPowerUsage: "accurate to within +/- 5% of
 * current power draw"). CodeCarbon reads GPU power through NVML; ailca
 * gives each imported energy a uniform ±5 % range from it.
 */
export const MEASURED_ENERGY_ACCURACY = 0.05;

/**
 * Share of the GPUs' life they are busy, used to allocate their embodied
 * carbon to a run when the user gives none: 85 %, the average usage of the
 * Jean Zay GPUs reported by Luccioni, Viguier & Ligozat, "Estimating the
 * Carbon Footprint of BLOOM", JMLR 24(253), 2023, §4.1. Written into the
 * study with that source so that the user sees it and replaces it.
 */
export const DEFAULT_GPU_UTILIZATION = 0.85;

/** Options of {@link codecarbonStudy}. */
export interface CodeCarbonStudyOptions {
  /** Phase of every job (`training`, `fine-tuning`, …); default `training`. */
  readonly phase?: string;
  /** Grid location for every run, instead of CodeCarbon's country or cloud region (`FR`, `gcp:europe-west1`). */
  readonly location?: string;
}

/** One run as CodeCarbon counted it and as ailca recounts it. */
export interface CodeCarbonComparison {
  /** The job id in the study. */
  readonly job: string;
  /** Row of the run in the file. */
  readonly row: number;
  /** IT energy: CodeCarbon's `energy_consumed` ÷ its `pue` [kWh]. */
  readonly itEnergyKWh: number;
  /** The grid location ailca uses. */
  readonly location: string;
  /** ailca's grid intensity there [kgCO2e/kWh]. */
  readonly intensity: number;
  /** ailca's PUE for the run. */
  readonly pue: number;
  /** ailca's operational emissions: IT energy × PUE × intensity [kgCO2e]. */
  readonly kgCO2e: number;
  /** CodeCarbon's `emissions` [kgCO2e]. */
  readonly codecarbonKgCO2e: number;
  /** The intensity CodeCarbon's figure implies: emissions ÷ energy_consumed [kgCO2e/kWh]; absent for a run of no energy. */
  readonly codecarbonIntensity?: number;
  /** (ailca − CodeCarbon) ÷ CodeCarbon, when CodeCarbon's figure is > 0. */
  readonly relativeDifference?: number;
}

/** What {@link codecarbonStudy} writes. */
export interface CodeCarbonImport {
  /** A whole study in the study format (validates against schema/study.schema.json). */
  readonly study: Record<string, unknown>;
  /** Each run, CodeCarbon's emissions beside ailca's. */
  readonly comparisons: readonly CodeCarbonComparison[];
  /** What was looked up, assumed or left out, one sentence each. */
  readonly notes: readonly string[];
}

const g = (x: number): string => Number(x.toPrecision(12)).toString();

function locationOf(run: CodeCarbonRun, file: string, options: CodeCarbonStudyOptions, notes: string[]): string {
  if (options.location !== undefined) return options.location;
  if (run.onCloud && run.cloudProvider !== undefined && run.cloudRegion !== undefined) {
    const key = `${run.cloudProvider}:${run.cloudRegion}`;
    try {
      lookupGridIntensity({ location: key });
      return key;
    } catch (e) {
      if (!(e instanceof InputError)) throw e;
      notes.push(`row ${run.row}: ailca has no grid intensity for cloud region ${key}; the country (${run.countryIso3}) is used instead — give --location to choose`);
    }
  }
  return alpha2OfAlpha3(run.countryIso3, `${file}, row ${run.row}, column country_iso_code`);
}

/**
 * A study from the runs of a CodeCarbon `emissions.csv`: each run becomes a
 * job of the model with its measured energy and duration, at its site.
 * Trusted from CodeCarbon: `energy_consumed` (divided by its `pue`, which
 * CodeCarbon multiplies into every energy, to get the IT energy), `duration`,
 * `gpu_model`/`gpu_count`. Recomputed: the emissions, with ailca's grid
 * intensity for the run's country (`country_iso_code`, alpha-3 → alpha-2) or
 * cloud region, and ailca's PUE (CodeCarbon's when its user set one, else the
 * cloud provider's fleet PUE, else the industry default). Added: embodied
 * carbon of the GPUs when `gpu_model` names a catalogue entry with one
 * (allocated by time, at {@link DEFAULT_GPU_UTILIZATION} — written with its
 * source for the user to replace), and a uniform ±5 % range on each energy
 * ({@link MEASURED_ENERGY_ACCURACY}). The comparison of both emissions comes
 * with it.
 *
 * @param runs - from {@link parseCodeCarbonCsv}
 * @param file - the file they were read from (named in sources)
 * @param options - phase and location
 * @throws {@link InputError} for a country or location ailca has no grid data for
 * @example
 * const runs = parseCodeCarbonCsv('timestamp,project_name,duration,emissions,energy_consumed,country_iso_code\n2024-05-01T12:00:00,ft,7200,1,10,FRA\n', 'emissions.csv');
 * const r = codecarbonStudy(runs, 'emissions.csv');
 * r.comparisons[0].location; // => 'FR'
 * r.comparisons[0].itEnergyKWh; // => 10
 */
export function codecarbonStudy(runs: readonly CodeCarbonRun[], file: string, options: CodeCarbonStudyOptions = {}): CodeCarbonImport {
  const notes: string[] = [];
  const ids = new Set<string>();
  const industry = lookupPue('industry');
  const prepared = runs.map((run) => {
    const location = locationOf(run, file, options, notes);
    const intensity = lookupGridIntensity({ location });
    const base = run.runId !== undefined ? `run-${run.runId.slice(0, 8)}` : `run${run.row - 1}`;
    const id = ids.has(base) ? `${base}-row${run.row}` : base;
    ids.add(id);
    return { run, location, intensity, id };
  });
  const cloudLocation = prepared[0].location;
  const comparisons: CodeCarbonComparison[] = [];
  const jobs = prepared.map(({ run, location, intensity, id }) => {
    const it = run.energyKWh / run.pue;
    const provider = run.onCloud && run.cloudProvider !== undefined && ['aws', 'gcp', 'azure'].includes(run.cloudProvider) ? lookupPue(run.cloudProvider) : undefined;
    const pue =
      run.pue > 1
        ? { value: run.pue, source: `CodeCarbon pue column of ${basename(file)}, row ${run.row} (the PUE its user gave; CodeCarbon multiplied the energies by it, ailca divides it out and applies it here)` }
        : provider !== undefined
          ? { value: provider.value, source: `ailca dataset ${provider.dataset.name} ${provider.dataset.version}, ${provider.key}: ${provider.source.citation}` }
          : undefined;
    const pueValue = pue?.value ?? industry.value;
    const kg = it * pueValue * intensity.value;
    comparisons.push({
      job: id,
      row: run.row,
      itEnergyKWh: it,
      location,
      intensity: intensity.value,
      pue: pueValue,
      kgCO2e: kg,
      codecarbonKgCO2e: run.emissionsKg,
      ...(run.energyKWh > 0 ? { codecarbonIntensity: run.emissionsKg / run.energyKWh } : {}),
      ...(run.emissionsKg > 0 ? { relativeDifference: (kg - run.emissionsKg) / run.emissionsKg } : {}),
    });
    const cited = `CodeCarbon${run.version !== undefined ? ` ${run.version}` : ''} ${basename(file)}, row ${run.row}: energy_consumed ${g(run.energyKWh)} kWh${run.pue !== 1 ? ` ÷ its pue ${run.pue}` : ''}`;
    const range = `; uniform ±${MEASURED_ENERGY_ACCURACY * 100} % (NVML power readings are accurate to ±5 %, NVIDIA NVML API Reference, nvmlDeviceGetPowerUsage)`;
    const energy = it > 0
      ? { value: { dist: 'uniform', min: `${g(it * (1 - MEASURED_ENERGY_ACCURACY))} kWh`, max: `${g(it * (1 + MEASURED_ENERGY_ACCURACY))} kWh`, base: `${g(it)} kWh` }, source: cited + range }
      : { value: '0 kWh', source: cited };
    const accelerator: Record<string, unknown> = {};
    let allocation: Record<string, unknown> | undefined;
    const jobNotes: string[] = [];
    if (run.gpuModel !== undefined) {
      const m = gpuCatalogueId(run.gpuModel);
      const count = m.count ?? run.gpuCount ?? 1;
      if (m.catalogue !== undefined) {
        Object.assign(accelerator, { catalogue: m.catalogue, count });
        if (lookupCatalogue(m.catalogue).fields.embodiedKgCO2e !== undefined) {
          allocation = { rule: 'time', utilization: { value: DEFAULT_GPU_UTILIZATION, source: 'ailca import default, to replace with your cluster\'s figure: 85 % average GPU usage on Jean Zay (Luccioni, Viguier & Ligozat, JMLR 24(253), 2023, §4.1)' } };
        } else jobNotes.push(`catalogue entry ${m.catalogue} has no embodied carbon: the GPUs' embodied carbon is not counted (give accelerator.embodied and an allocation)`);
      } else {
        Object.assign(accelerator, { name: m.name, count });
        jobNotes.push(`gpu_model "${run.gpuModel}" names no hardware catalogue entry: the GPUs' embodied carbon is not counted (give accelerator.catalogue, or accelerator.embodied and an allocation)`);
      }
    } else jobNotes.push('no GPU in the run (gpu_model empty): no accelerator embodied carbon');
    for (const n of jobNotes) notes.push(`${id}: ${n}`);
    return {
      id,
      name: `${run.project} ${run.runId ?? `row ${run.row}`} (${run.timestamp})`,
      phase: options.phase ?? 'training',
      energy,
      hours: { value: `${g(run.durationSeconds / 3600)} h`, source: `CodeCarbon ${basename(file)}, row ${run.row}: duration ${g(run.durationSeconds)} s` },
      ...(location !== cloudLocation ? { location } : {}),
      ...(pue !== undefined ? { pue } : {}),
      ...(Object.keys(accelerator).length > 0 ? { accelerator } : {}),
      ...(allocation !== undefined ? { allocation } : {}),
      note: [`CodeCarbon's own emissions: ${g(run.emissionsKg)} kgCO2e (recomputed by ailca with its grid data)`, ...jobNotes].join('; '),
    };
  });
  const projects = [...new Set(runs.map((r) => r.project))].join(', ');
  if (comparisons.some((c) => c.pue === industry.value && prepared.find((p) => p.id === c.job)?.run.pue === 1 && !prepared.find((p) => p.id === c.job)?.run.onCloud)) {
    notes.push(`runs off the cloud with CodeCarbon's default pue 1.0 get the industry-average PUE (${industry.value}, ${industry.key}), reported as a default; set cloud.pue or the job's pue to your facility's`);
  }
  const study = {
    name: `CodeCarbon runs of ${projects}`,
    description: `Imported by ailca import codecarbon from ${basename(file)}: ${runs.length} run(s) with measured energy (CodeCarbon), emissions recomputed with ailca's grid and PUE data; edit the phase, PUE and allocation to your case (docs/importers.md).`,
    cloud: { location: cloudLocation },
    model: { jobs },
  };
  return { study, comparisons, notes };
}
