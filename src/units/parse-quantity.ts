import type { Unit } from 'mathjs';
import { InputError, UnitError } from '../errors/index.js';
import { checkNumber } from '../validate/index.js';
import { unitMath } from './math.js';
import { QUANTITY_KINDS, acceptedUnits, type QuantityKind } from './quantity-kinds.js';

/** Unit names that must never be accepted, with the reason shown to the user. */
const AMBIGUOUS: Readonly<Record<string, string>> = {
  ton: '"ton" is the US short ton (907.18 kg) in mathjs; write "t" or "tonne" for 1,000 kg',
  tons: '"tons" is the US short ton (907.18 kg) in mathjs; write "t" or "tonne" for 1,000 kg',
  mt: '"mt" is a milli-tonne (1 kg); write "t" for a tonne or "Mt" for a megatonne',
};

/**
 * Turn the text of a quantity into mathjs syntax: `CO2e` suffixes on mass
 * units are dropped (`kgCO2e/kWh` → `kg/kWh`), `²` and trailing area digits
 * become powers (`cm2` → `cm^2`), and `per` becomes `/`.
 */
function normalise(text: string): string {
  return text
    .trim()
    .replace(/CO2(?:-?eq|e)?\b/g, '')
    .replace(/Sb[- ]?eq\b\.?/g, '')
    .replace(/²/g, '^2')
    .replace(/\b(mm|cm|m)2\b/g, '$1^2')
    .replace(/\s+per\s+/g, ' / ');
}

/**
 * Longest quantity string read, after trimming: longer text is refused before
 * parsing (unit parsing time grows with the square of inner blanks).
 * @example
 * MAX_QUANTITY_LENGTH; // => 200
 */
export const MAX_QUANTITY_LENGTH = 200;

/** A fraction written as a percentage (`"75 %"`); one outside 0 % to 100 % is refused as sent, since no share can be read from it. */
function parsePercent(text: string, path: string): number | undefined {
  const m = /^([-+]?\d+(?:\.\d+)?(?:e[-+]?\d+)?)\s*%$/i.exec(text.trim());
  if (!m) return undefined;
  const percent = Number(m[1]);
  if (!(percent >= 0 && percent <= 100)) {
    throw new InputError({
      path,
      received: text,
      expected: 'a share between 0 % and 100 % (a fraction in [0, 1])',
      problem: 'is not a share',
      fix: `a share cannot be ${m[1]} %; write the fraction between 0 and 1 (0.75 or "75 %")`,
    });
  }
  return percent / 100;
}

function checkUnitNames(unit: Unit, kind: QuantityKind, raw: string, path: string): void {
  const info = QUANTITY_KINDS[kind];
  for (const part of unit.units) {
    const name = part.unit.name;
    // mathjs types declare `prefix` as a string; at run time it is a prefix object
    const prefix = (part.prefix as unknown as { name?: string } | undefined)?.name ?? '';
    if (Object.hasOwn(AMBIGUOUS, name)) {
      throw new UnitError({ path, received: raw, expected: `${info.description} in ${acceptedUnits(kind)}`, problem: 'has an ambiguous unit', fix: AMBIGUOUS[name] });
    }
    if (name === 't' && prefix === 'm') {
      throw new UnitError({ path, received: raw, expected: `${info.description} in ${acceptedUnits(kind)}`, problem: 'has an ambiguous unit', fix: AMBIGUOUS.mt });
    }
    const allowed = Object.hasOwn(info.accepts, name) ? info.accepts[name] : undefined;
    if (allowed === undefined || !allowed.includes(prefix)) {
      throw new UnitError({
        path,
        received: raw,
        expected: `${info.description} in ${acceptedUnits(kind)} (canonical ${info.canonical})`,
        fix: `write it like ${info.examples.map((e) => `"${e}"`).join(' or ')}`,
      });
    }
  }
}

/**
 * Parse a quantity given as a number in the kind's canonical unit or as a
 * string with a unit, and return the number in the canonical unit.
 *
 * Accepted units form a closed set per kind ({@link QUANTITY_KINDS}); a
 * wrong dimension (`"200 kWh"` for a power), an ambiguous unit (`"2 ton"`)
 * or an unparseable string is refused with a {@link UnitError}; NaN and
 * Infinity with an {@link InputError}. Fractions also accept `"75 %"`.
 *
 * @param value - a number (canonical unit) or a string such as `"0.7 kW"`
 * @param kind - the quantity kind of the field
 * @param path - the field path, named in errors
 * @returns the value in the canonical unit of `kind`
 * @example
 * parseQuantity('0.7 kW', 'power', 'cpu.tdp'); // => 700
 * parseQuantity('400 gCO2e/kWh', 'gridIntensity', 'cloud.gridIntensity'); // => 0.4
 * parseQuantity('2 TB', 'data', 'memory'); // => 2000
 * parseQuantity('5 years', 'lifetime', 'server.lifetime'); // => 5
 * parseQuantity(8.12, 'area', 'cpu.dieArea'); // => 8.12
 */
export function parseQuantity(value: unknown, kind: QuantityKind, path: string): number {
  if (!Object.hasOwn(QUANTITY_KINDS, kind)) {
    throw new InputError({ path: `${path} (quantity kind)`, received: kind, expected: `one of ${Object.keys(QUANTITY_KINDS).join(', ')}`, problem: 'is not a known quantity kind' });
  }
  const info = QUANTITY_KINDS[kind];
  if (typeof value === 'number') return checkNumber(value, path, { unit: info.canonical === '1' ? undefined : info.canonical });
  if (typeof value !== 'string') {
    throw new InputError({
      path,
      received: value,
      expected: `${info.description}: a number in ${info.canonical} or a string such as "${info.examples[0]}"`,
      problem: 'must be a number or a quantity string',
    });
  }
  const text = value.trim();
  if (text.length > MAX_QUANTITY_LENGTH) {
    throw new InputError({
      path,
      received: `a string of ${value.length} characters starting "${text.slice(0, 20)}"`,
      expected: `${info.description}: a short quantity string such as "${info.examples[0]}" (at most ${MAX_QUANTITY_LENGTH} characters)`,
      problem: 'is too long to be a quantity',
      fix: `write it like ${info.examples.map((e) => `"${e}"`).join(' or ')}`,
    });
  }
  if (info.mathjs === '') {
    const percent = kind === 'fraction' ? parsePercent(value, path) : undefined;
    if (percent !== undefined) return percent;
    throw new InputError({
      path,
      received: value,
      expected: `${info.description}, written as a plain number${kind === 'fraction' ? ' (or "75 %")' : ''}`,
      problem: 'must be a number',
      fix: 'remove the quotes around the number',
    });
  }
  let unit: Unit;
  try {
    unit = unitMath().unit(normalise(text));
  } catch {
    throw new UnitError({
      path,
      received: value,
      expected: `${info.description} in ${acceptedUnits(kind)}`,
      problem: 'is not a quantity with a known unit',
      fix: `write it like ${info.examples.map((e) => `"${e}"`).join(' or ')}`,
    });
  }
  if (unit.value === null || unit.units.length === 0) {
    throw new UnitError({
      path,
      received: value,
      expected: `${info.description} in ${acceptedUnits(kind)}`,
      problem: 'has no number or no unit',
      fix: `write a number with its unit, like "${info.examples[0]}", or a bare number in ${info.canonical}`,
    });
  }
  const target = unitMath().unit(info.mathjs);
  if (!unit.equalBase(target)) {
    throw new UnitError({
      path,
      received: value,
      expected: `${info.description} in ${acceptedUnits(kind)}`,
      problem: 'has a unit of the wrong dimension',
      fix: `give ${info.description}, like "${info.examples[0]}"`,
    });
  }
  checkUnitNames(unit, kind, value, path);
  if (!info.canonical.includes('CO2e') && /CO2/.test(text)) {
    throw new UnitError({
      path,
      received: value,
      expected: `${info.description} in ${acceptedUnits(kind)}, not an amount of emissions`,
      problem: 'has an emissions unit (CO2e)',
      fix: `give ${info.description}, like "${info.examples[0]}"; emissions belong in a factor field`,
    });
  }
  if (!info.canonical.includes('Sbeq') && /Sb/.test(text)) {
    throw new UnitError({
      path,
      received: value,
      expected: `${info.description} in ${acceptedUnits(kind)}, not an abiotic depletion amount`,
      problem: 'has an antimony-equivalent unit (Sb eq, abiotic depletion)',
      fix: `give ${info.description}, like "${info.examples[0]}"; abiotic depletion factors belong in an impacts.adpe block`,
    });
  }
  // A number written in the canonical unit itself is taken as written: a
  // round trip through mathjs's base units (L → m³ → L) can move the last bit.
  const literal = /^([-+]?(?:\d+\.?\d*|\.\d+)(?:e[-+]?\d+)?)\s*(.+)$/i.exec(text);
  if (literal !== null && normalise(literal[2]) === info.mathjs) return checkNumber(Number(literal[1]), path, { unit: info.canonical });
  const converted = unit.toNumber(info.mathjs);
  return checkNumber(converted, path, { unit: info.canonical });
}
