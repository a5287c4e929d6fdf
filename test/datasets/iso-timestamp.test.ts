import { describe, expect, it } from 'vitest';
import { parseIntensitySeries, parseIsoTimestamp, parseLoadSeries } from '../../src/datasets/index.js';

describe('series timestamps: impossible calendar dates are refused, not rolled forward', () => {
  it('parseIsoTimestamp accepts real instants and names what is wrong with others', () => {
    // 2024-02-29 exists (leap year): 19,782 days after 1970-01-01 × 86,400,000 ms
    expect(parseIsoTimestamp('2024-02-29T00:00Z')).toBe(19782 * 86_400_000);
    expect(parseIsoTimestamp('2024-01-01T01:00+01:00')).toBe(Date.UTC(2024, 0, 1, 0, 0));
    expect(parseIsoTimestamp('2023-12-31T23:59:59.5Z')).toBe(Date.UTC(2023, 11, 31, 23, 59, 59, 500));
    // Date.parse alone gives 1 March, 3 March, 1 May and the next day for these
    expect(parseIsoTimestamp('2023-02-29T00:00Z')).toBe('not a date: 2023-02 has no day 29');
    expect(parseIsoTimestamp('2023-02-31T00:00Z')).toBe('not a date: 2023-02 has no day 31');
    expect(parseIsoTimestamp('2023-04-31T12:00Z')).toBe('not a date: 2023-04 has no day 31');
    expect(parseIsoTimestamp('2023-01-01T24:00Z')).toMatch(/^not a time of day: 24:00/);
    expect(parseIsoTimestamp('2023-13-01T00:00Z')).toBe('not a date: there is no month 13');
    expect(parseIsoTimestamp('2023-01-01 00:00')).toBe('not an ISO 8601 timestamp with a time zone');
  });

  it('a load series with 2023-02-29 is refused at its row', () => {
    const csv = 'timestamp,kWh\n2023-02-28T00:00Z,1\n2023-02-29T00:00Z,1\n2023-03-02T00:00Z,1\n';
    expect(() => parseLoadSeries(csv, 'load.csv')).toThrow(/load\.csv.*row 3.*2023-02 has no day 29/s);
  });

  it('a grid-intensity series with 2023-04-31 is refused at its row', () => {
    const csv = 'timestamp,kgCO2e_per_kWh\n2023-04-30T00:00Z,0.3\n2023-04-31T00:00Z,0.4\n2023-05-02T00:00Z,0.5\n';
    expect(() => parseIntensitySeries(csv, 'grid.csv')).toThrow(/grid\.csv.*row 3.*2023-04 has no day 31/s);
  });
});
