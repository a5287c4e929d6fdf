import { describe, expect, it } from 'vitest';
import { InputError } from '../../src/errors/index.js';
import { bestRefreshYear, refreshBreakEven } from '../../src/workloads/index.js';

// Seed 004, IV.C–D: the Xeon 8468 server uses 4,084.35 kWh/year; an H100 system 5,146.5. Here a
// replacement for the Xeon that needs 30 % less energy, with the Xeon's 1,176.804 kg of embodied carbon.
const xeon = { energyKWhPerYear: 4084.35 };
const successor = { energyKWhPerYear: 4084.35 * 0.7, embodiedKgCO2e: 1176.804 };

describe('refreshBreakEven', () => {
  it('refreshBreakEven pays back the embodied carbon after embodied ÷ ((E_old − E_new) × CI) years', () => {
    // 1,176.804 ÷ (1,225.305 kWh × 0.4) = 2.4011 years on the German grid of 2022
    const r = refreshBreakEven(xeon, successor, 0.4, 5);
    expect(r.breakEvenYears).toBeCloseTo(1176.804 / (4084.35 * 0.3 * 0.4), 12);
    expect(r.firstYearLower).toBe(3);
    expect(r.keep[4]).toBeCloseTo(5 * 4084.35 * 0.4, 9);
    expect(r.savingAtHorizonKgCO2e).toBeCloseTo(5 * 4084.35 * 0.3 * 0.4 - 1176.804, 9);
  });

  it('refreshBreakEven never pays back on a renewable grid within the server life', () => {
    // at 0.05 kg/kWh: 1,176.804 ÷ (1,225.305 × 0.05) = 19.2 years
    const r = refreshBreakEven(xeon, successor, 0.05, 5);
    expect(r.breakEvenYears).toBeNull();
    expect(r.firstYearLower).toBeNull();
    expect(refreshBreakEven(xeon, successor, 0.05, 20).breakEvenYears).toBeCloseTo(1176.804 / (4084.35 * 0.3 * 0.05), 12);
  });

  it('refreshBreakEven follows a decarbonising grid year by year', () => {
    // CI 0.4, 0.2, 0.1: savings per year 490.122, 245.061, 122.5305 → cumulative 490.1, 735.2, 857.7 < 1,176.8
    const r = refreshBreakEven(xeon, successor, [0.4, 0.2, 0.1], 3);
    expect(r.breakEvenYears).toBeNull();
    expect(r.savingAtHorizonKgCO2e).toBeCloseTo(4084.35 * 0.3 * 0.7 - 1176.804, 9);
    expect(() => refreshBreakEven(xeon, successor, [0.4, 0.2], 3)).toThrow(/wrong length/);
    expect(() => refreshBreakEven(xeon, { energyKWhPerYear: 1 }, 0.4, 3)).toThrow(InputError);
  });
});

describe('bestRefreshYear', () => {
  it('bestRefreshYear waits for more efficient hardware when it gains enough a year', () => {
    // horizon 4 years at 0.4, old 5,000 kWh; new 3,000 kWh and 1,000 kg, 30 %/year better if bought later
    const totals = [0, 1, 2, 3, 4].map((k) => {
      let t = k < 4 ? 1000 : 0;
      for (let y = 0; y < 4; y += 1) t += (y < k ? 5000 : 3000 * 0.7 ** k) * 0.4;
      return t;
    }); // [5800, 5520, 6176, 7411.6, 8000]
    const r = bestRefreshYear({ energyKWhPerYear: 5000 }, { energyKWhPerYear: 3000, embodiedKgCO2e: 1000 }, 0.4, 4, { efficiencyGainPerYear: 0.3 });
    expect(Array.from(r.totals)).toEqual(totals.map((t) => expect.closeTo(t, 9)));
    expect(r.year).toBe(1);
    expect(bestRefreshYear({ energyKWhPerYear: 5000 }, { energyKWhPerYear: 3000, embodiedKgCO2e: 1000 }, 0.4, 4).year).toBe(0);
  });
});
