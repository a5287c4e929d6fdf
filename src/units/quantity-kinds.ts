import { CATEGORY_UNITS, IMPACT_ROLES, type ExtraCategoryId, type ImpactKind, type ImpactRole } from './impact-units.js';

/**
 * The closed set of quantity kinds a study field can have, each with one
 * canonical unit (what a bare number means and what the library computes in)
 * and the unit strings it accepts. A unit outside the set is refused even when
 * its dimension is right: `ton` (mathjs: the US short ton, 907.18 kg) and `mt`
 * (a milli-tonne) are classic 1,000× traps.
 */
export type QuantityKind =
  | 'power'
  | 'energy'
  | 'duration'
  | 'lifetime'
  | 'area'
  | 'data'
  | 'mass'
  | 'carbon'
  | 'gridIntensity'
  | 'areaFactor'
  | 'massFactor'
  | 'dataFactor'
  | 'dataDensity'
  | 'distance'
  | 'freightFactor'
  | 'energyPerData'
  | 'powerPerData'
  | 'fraction'
  | 'ratio'
  | 'count'
  | 'number'
  | ImpactKind;

/** How one quantity kind is written and converted. */
export interface QuantityKindInfo {
  /** The canonical unit: a bare number is in this unit, results are in it. */
  readonly canonical: string;
  /** The same unit in mathjs syntax (CO2e stripped), for conversion. */
  readonly mathjs: string;
  /** Accepted base units and the prefixes allowed on each (`''` = none). */
  readonly accepts: Readonly<Record<string, readonly string[]>>;
  /** Example strings for error messages and docs. */
  readonly examples: readonly string[];
  /** What the kind measures, in words. */
  readonly description: string;
}

const MASS = { g: ['', 'k'], t: [''], tonne: [''], lb: [''], lbs: [''] } as const;
const ENERGY = { Wh: ['', 'k', 'M', 'G', 'T'], J: ['', 'k', 'M', 'G'] } as const;
const POWER = { W: ['', 'm', 'k', 'M', 'G'] } as const;
const TIME = {
  s: [''],
  second: [''],
  seconds: [''],
  min: [''],
  minute: [''],
  minutes: [''],
  h: [''],
  hour: [''],
  hours: [''],
  day: [''],
  days: [''],
  week: [''],
  weeks: [''],
  month: [''],
  months: [''],
  year: [''],
  years: [''],
  yr: [''],
  yrs: [''],
} as const;
const AREA = { m: ['', 'c', 'm'] } as const;
const DISTANCE = { m: ['', 'k'] } as const;
const DATA = { B: ['', 'k', 'M', 'G', 'T', 'P', 'Ki', 'Mi', 'Gi', 'Ti', 'Pi'] } as const;

/** The kinds of the categories besides climate: one per role, in the category's unit. */
function impactKinds(): Record<ImpactKind, QuantityKindInfo> {
  const per: Record<ImpactRole, { suffix: string; mathjs: string; accepts: Readonly<Record<string, readonly string[]>>; what: string; example: string }> = {
    impact: { suffix: '', mathjs: '', accepts: {}, what: '', example: '' },
    intensity: { suffix: '/kWh', mathjs: '/kWh', accepts: ENERGY, what: ' per kWh of electricity', example: '/kWh' },
    areaFactor: { suffix: '/cm²', mathjs: '/cm^2', accepts: AREA, what: ' per cm² (of die or board)', example: '/cm2' },
    massFactor: { suffix: '/kg', mathjs: '/kg', accepts: MASS, what: ' per kg', example: '/kg' },
    dataFactor: { suffix: '/GB', mathjs: '/GB', accepts: DATA, what: ' per GB', example: '/GB' },
    freightFactor: { suffix: '/(t·km)', mathjs: '/(t km)', accepts: { ...MASS, ...DISTANCE }, what: ' per tonne-kilometre of freight', example: '/(t*km)' },
  };
  const out: Partial<Record<ImpactKind, QuantityKindInfo>> = {};
  for (const [c, u] of Object.entries(CATEGORY_UNITS) as [ExtraCategoryId, (typeof CATEGORY_UNITS)[ExtraCategoryId]][]) {
    for (const role of IMPACT_ROLES) {
      const r = per[role];
      out[`${c}.${role}`] = {
        canonical: `${u.canonical}${r.suffix}`,
        mathjs: `${u.mathjs}${r.mathjs}`,
        accepts: { ...u.accepts, ...r.accepts },
        examples: [`${u.example}${r.example}`],
        description: `${u.description}${r.what}`,
      };
    }
  }
  return out as Record<ImpactKind, QuantityKindInfo>;
}

/** Every quantity kind, its canonical unit and the units it accepts. */
export const QUANTITY_KINDS: Readonly<Record<QuantityKind, QuantityKindInfo>> = {
  ...impactKinds(),
  power: { canonical: 'W', mathjs: 'W', accepts: POWER, examples: ['350 W', '0.7 kW'], description: 'power' },
  energy: { canonical: 'kWh', mathjs: 'kWh', accepts: ENERGY, examples: ['4084 kWh', '1.3 GWh'], description: 'energy' },
  duration: { canonical: 'h', mathjs: 'h', accepts: TIME, examples: ['355.2 h', '3 days'], description: 'duration' },
  lifetime: {
    canonical: 'years',
    mathjs: 'year',
    accepts: TIME,
    examples: ['5 years', '36 months'],
    description: 'lifetime (1 year = 8,760 h)',
  },
  area: { canonical: 'cm²', mathjs: 'cm^2', accepts: AREA, examples: ['8.12 cm2', '46.4 mm^2'], description: 'area' },
  data: { canonical: 'GB', mathjs: 'GB', accepts: DATA, examples: ['2 TB', '80 GB'], description: 'amount of data (1 GB = 10^9 bytes)' },
  mass: { canonical: 'kg', mathjs: 'kg', accepts: MASS, examples: ['2.99 kg', '500 g'], description: 'mass' },
  carbon: { canonical: 'kgCO2e', mathjs: 'kg', accepts: MASS, examples: ['150 kgCO2e', '1.2 tCO2e'], description: 'greenhouse-gas emissions' },
  gridIntensity: {
    canonical: 'kgCO2e/kWh',
    mathjs: 'kg/kWh',
    accepts: { ...MASS, ...ENERGY },
    examples: ['0.4 kgCO2e/kWh', '400 gCO2e/kWh', '0.954 lb/kWh'],
    description: 'carbon intensity of electricity',
  },
  areaFactor: {
    canonical: 'kgCO2e/cm²',
    mathjs: 'kg/cm^2',
    accepts: { ...MASS, ...AREA },
    examples: ['3.0 kgCO2e/cm2', '1.97 kg/cm^2'],
    description: 'emissions per area',
  },
  massFactor: {
    canonical: 'kgCO2e/kg',
    mathjs: 'kg/kg',
    accepts: MASS,
    examples: ['24.3 kgCO2e/kg'],
    description: 'emissions per mass of material',
  },
  dataFactor: {
    canonical: 'kgCO2e/GB',
    mathjs: 'kg/GB',
    accepts: { ...MASS, ...DATA },
    examples: ['0.4 kgCO2e/GB', '600 g/GB'],
    description: 'emissions per amount of storage or memory',
  },
  dataDensity: {
    canonical: 'GB/cm²',
    mathjs: 'GB/cm^2',
    accepts: { ...DATA, ...AREA },
    examples: ['1.24 GB/cm2', '3.33 GB/cm^2'],
    description: 'memory or storage capacity per area of die',
  },
  distance: { canonical: 'km', mathjs: 'km', accepts: DISTANCE, examples: ['1200 km', '9000 km'], description: 'distance travelled' },
  freightFactor: {
    canonical: 'kgCO2e/(t·km)',
    mathjs: 'kg/(t km)',
    accepts: { ...MASS, ...DISTANCE },
    examples: ['0.124 kgCO2e/(t*km)', '124 g/(t km)'],
    description: 'emissions per tonne of freight carried one kilometre',
  },
  energyPerData: {
    canonical: 'kWh/GB',
    mathjs: 'kWh/GB',
    accepts: { ...ENERGY, ...DATA },
    examples: ['0.06 kWh/GB'],
    description: 'energy per amount of data transferred',
  },
  powerPerData: {
    canonical: 'W/TB',
    mathjs: 'W/TB',
    accepts: { ...POWER, ...DATA },
    examples: ['1.2 W/TB'],
    description: 'power per amount of data stored',
  },
  fraction: { canonical: '1', mathjs: '', accepts: {}, examples: ['0.75', '75 %'], description: 'a fraction in [0, 1]' },
  ratio: { canonical: '1', mathjs: '', accepts: {}, examples: ['1.58'], description: 'a dimensionless ratio' },
  count: { canonical: '1', mathjs: '', accepts: {}, examples: ['1024'], description: 'a whole number' },
  number: { canonical: '1', mathjs: '', accepts: {}, examples: ['3'], description: 'a number' },
};

/** The accepted unit strings of a kind, for error messages: `W, mW, kW, MW, GW`. */
export function acceptedUnits(kind: QuantityKind): string {
  const info = QUANTITY_KINDS[kind];
  const names: string[] = [];
  for (const [unit, prefixes] of Object.entries(info.accepts)) {
    for (const p of prefixes) names.push(p + unit);
  }
  return names.join(', ');
}
