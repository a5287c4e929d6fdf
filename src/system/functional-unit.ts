/** What a per-unit functional unit counts. */
export type FunctionalUnitPer = 'training-run' | 'request' | 'token' | 'image' | 'hour';

/**
 * A functional unit counted in units of service: one training run (the
 * one-off jobs that produce the model), or `count` requests, tokens or
 * generated images (the annualised footprint, training amortised over the
 * service life, ÷ the units served per year).
 */
export interface FunctionalUnitCount {
  /** What is counted: a training run, requests, tokens or images (see {@link FUNCTIONAL_UNITS_PER}). */
  readonly per: FunctionalUnitPer;
  /** Units in one functional unit (1,000 for "per 1000 tokens"). */
  readonly count: number;
}

/**
 * What a result is scaled to: one year of operation (embodied carbon
 * amortised over the lifetime, plus a year of use), the whole lifetime of
 * the hardware (all embodied carbon plus every year of use), or a count of
 * units of service.
 */
export type FunctionalUnit = 'year' | 'lifetime' | FunctionalUnitCount;

/**
 * Every functional unit, with what it means.
 * @example
 * Object.keys(FUNCTIONAL_UNITS); // => ['year', 'lifetime']
 */
export const FUNCTIONAL_UNITS: Readonly<Record<'year' | 'lifetime', string>> = {
  year: 'one year of operation (kgCO2e/year): embodied ÷ lifetime + operational per year',
  lifetime: 'the whole service life (kgCO2e): embodied + operational per year × lifetime',
};

/**
 * Every per-unit functional unit, with what it means.
 * @example
 * Object.keys(FUNCTIONAL_UNITS_PER); // => ['training-run', 'request', 'token', 'image', 'hour']
 */
export const FUNCTIONAL_UNITS_PER: Readonly<Record<FunctionalUnitPer, string>> = {
  'training-run': 'one training run (kgCO2e): every one-off job of the model element (development, search, training)',
  request: 'requests (kgCO2e per request): annualised footprint ÷ requests per year',
  token: 'tokens (kgCO2e per token): annualised footprint ÷ (requests × tokens per request) per year',
  image: 'generated or processed images: annualised footprint ÷ (requests × images per request) per year',
  hour: 'an hour of use of the standing hardware (kgCO2e per hour): annualised footprint ÷ hours of operation per year, the time-based share of the Software Carbon Intensity (SCI) specification',
};
