/** The reduction levers the library models. */
export type LeverId = 'pruning' | 'quantisation' | 'distillation' | 'carbon-aware-scheduling' | 'renewable-supply' | 'efficient-hardware' | 'longer-hardware-life';

/** A lever: which study field it sets, the uncertain effect, and where the range comes from. */
export interface LeverInfo {
  /** The lever's id, its key in {@link LEVERS}. */
  readonly id: LeverId;
  /** Name in words, used in scenario descriptions (`knowledge distillation`). */
  readonly name: string;
  /** The study field it sets (on each targeted job or service, or the cloud, or each server). */
  readonly field: 'energyScale' | 'carbonScale' | 'gridIntensity' | 'lifetime';
  /** Lower end of the effect, a uniform range of the field's value: a multiplier [1], an intensity [kgCO2e/kWh], or extra years [years]. */
  readonly min: number;
  /** Upper end of the effect, in the same unit as `min`. */
  readonly max: number;
  /** What the range means, in words. */
  readonly effect: string;
  /** The publications the range is taken from, each with the figure it reports. */
  readonly sources: readonly string[];
}

const KOROSTIN = 'O. O. Korostin, "Approaches to reducing the carbon footprint in training large ML models" (seed 000), Table 2';
const YADAV = 'N. Yadav & P. L. Sasmal, "Energy-efficient optimization of machine learning models: balancing performance and sustainability", 2026, doi:10.5281/zenodo.19562639 (seed 001), Table 2';
const HARRIS = 'Q. A. Harris, "Green AI: Reducing the Carbon Footprint of Python-Based Machine Learning", IJCTEC 6(4), 2023, doi:10.15680/IJCTECE.2023.0604002 (seed 003), section IV';
const CLEMM = 'C. Clemm et al., "Towards Green AI: Current Status and Future Research", EGG 2024 (seed 004)';

/**
 * Every lever with its effect range and sources. Ranges, never points: the
 * seeds report "up to" figures from different studies, so each lever draws
 * its effect uniformly between the smallest and largest reported figure.
 * @example
 * LEVERS.pruning.field; // => 'energyScale'
 * [LEVERS.pruning.min, LEVERS.pruning.max]; // => [0.5, 0.7]
 */
export const LEVERS: Readonly<Record<LeverId, LeverInfo>> = {
  pruning: {
    id: 'pruning',
    name: 'pruning',
    field: 'energyScale',
    min: 0.5,
    max: 0.7,
    effect: 'energy × U(0.5, 0.7): a 30–50 % reduction',
    sources: [`${KOROSTIN}: pruning reduces computational costs by 30–50 %`, `${YADAV}: 45 % energy reduction`, `${HARRIS}: up to 50 %`],
  },
  quantisation: {
    id: 'quantisation',
    name: 'quantisation',
    field: 'energyScale',
    min: 0.5,
    max: 0.7,
    effect: 'energy × U(0.5, 0.7): a 30–50 % reduction',
    sources: [`${YADAV}: 50 % energy reduction`, `${HARRIS}: up to 30 % carbon reduction`],
  },
  distillation: {
    id: 'distillation',
    name: 'knowledge distillation',
    field: 'energyScale',
    min: 0.6,
    max: 0.7,
    effect: 'energy × U(0.6, 0.7): a 30–40 % reduction',
    sources: [`${KOROSTIN}: 40 % less energy than the large model`, `${YADAV}: 35 % energy, 30 % CO2 reduction`, `${HARRIS}: up to 40 %`],
  },
  'carbon-aware-scheduling': {
    id: 'carbon-aware-scheduling',
    name: 'carbon-aware scheduling',
    field: 'carbonScale',
    min: 0.45,
    max: 1,
    effect: 'grid intensity × U(0.45, 1): from no saving to the 55 % CO2 reduction reported; use carbonAwareSchedule on your grid series for a study-specific figure',
    sources: [`${YADAV}: energy-aware scheduling, 55 % CO2 reduction`],
  },
  'renewable-supply': {
    id: 'renewable-supply',
    name: 'renewable electricity supply',
    field: 'gridIntensity',
    min: 0.011,
    max: 0.05,
    effect: 'grid intensity U(0.011, 0.05) kgCO2e/kWh: life-cycle intensity of wind up to the seed\'s renewable supply',
    sources: [`${CLEMM}, IV.C: 0.05 kgCO2e/kWh for renewable supply`, 'IPCC AR5 WG III (2014), Annex III, life-cycle median for onshore wind, 11 gCO2e/kWh (as tabulated in the ACT model, facebookresearch/ACT)', `${HARRIS}: renewable energy, up to 90 % reduction`],
  },
  'efficient-hardware': {
    id: 'efficient-hardware',
    name: 'more efficient hardware',
    field: 'energyScale',
    min: 0.5,
    max: 1,
    effect: 'energy × U(0.5, 1): from no gain to 50 % less power',
    sources: [`${KOROSTIN}: TPUs up to 50 % less power than standard GPUs`, `${CLEMM}, V.B: dedicated hardware (TPU, ASIC, FPGA) is more efficient for specialised tasks`],
  },
  'longer-hardware-life': {
    id: 'longer-hardware-life',
    name: 'longer hardware life',
    field: 'lifetime',
    min: 1,
    max: 2,
    effect: 'lifetime + U(1, 2) years',
    sources: [
      'Amazon 2022 Form 10-K: servers from four to five years (2022); Meta 2022 Form 10-K: four to five years',
      'Microsoft FY2022 Form 10-K: servers and network equipment from four to six years (FY2023); Alphabet 2022 Form 10-K: servers to six years (2023)',
      `${CLEMM}, V.B: lifetime extension through reuse, repair and refurbishment`,
    ],
  },
};
