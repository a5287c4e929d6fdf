import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { InputError } from '../../src/errors/index.js';
import { integratePower, parseDcgmCsv, parseNvidiaSmiCsv, parseUtcOffset } from '../../src/measurements/index.js';
import { fileError } from './helpers.js';

const J_PER_KWH = 3.6e6;
const SMI = 'examples/measurements/nvidia-smi-power.csv';
const DCGM = 'examples/measurements/dcgm-power.csv';
const smiText = readFileSync(SMI, 'utf8');
const dcgmText = readFileSync(DCGM, 'utf8');
const HEADER = 'timestamp, index, power.draw [W], utilization.gpu [%]';

/** The FileError a call throws (fails the test when it throws none or another kind). */

describe('parseNvidiaSmiCsv + integratePower on examples/measurements/nvidia-smi-power.csv', () => {
  const r = integratePower(parseNvidiaSmiCsv(smiText, SMI));

  it('integratePower gives each GPU the sum of its trapezoids (10 s apart)', () => {
    // GPU 0: 300→400→350→350 W: (300+400)/2·10 + (400+350)/2·10 + (350+350)/2·10 = 3500 + 3750 + 3500 = 10,750 J
    // GPU 1: 200→200→300→300 W: 2000 + 2500 + 3000 = 7,500 J
    expect(r.gpus.map((g) => g.gpu)).toEqual(['0', '1']);
    expect(r.gpus[0].energyKWh).toBeCloseTo(10_750 / J_PER_KWH, 15);
    expect(r.gpus[1].energyKWh).toBeCloseTo(7_500 / J_PER_KWH, 15);
    expect(r.energyKWh).toBeCloseTo(18_250 / J_PER_KWH, 15);
    expect(r.durationHours).toBeCloseTo(30 / 3600, 15);
    expect(r.gaps).toEqual([]);
    expect(r.resets).toEqual([]);
  });

  it('integratePower averages utilisation by time: GPU 0 (0.95 + 0.975 + 0.95) / 3, GPU 1 (0.5 + 0.6 + 0.7) / 3', () => {
    expect(r.gpus[0].meanUtilization).toBeCloseTo((0.95 + 0.975 + 0.95) / 3, 14);
    expect(r.gpus[1].meanUtilization).toBeCloseTo(0.6, 14);
    expect(r.meanUtilization).toBeCloseTo(((0.95 + 0.975 + 0.95) / 3 + 0.6) / 2, 14);
  });

  it('parseNvidiaSmiCsv reads timestamps as UTC by default and says so; --utc-offset shifts them', () => {
    const utc = parseNvidiaSmiCsv(smiText, SMI);
    expect(utc.samples[0].timeMs).toBe(Date.parse('2024-05-01T12:00:00Z'));
    expect(utc.assumptions[0]).toContain('read as UTC');
    const paris = parseNvidiaSmiCsv(smiText, SMI, { utcOffset: '+02:00' });
    expect(paris.samples[0].timeMs).toBe(Date.parse('2024-05-01T10:00:00Z'));
    expect(() => parseUtcOffset('+2', 'utcOffset')).toThrow(InputError);
  });

  it('parseNvidiaSmiCsv reads --format=csv,nounits (no unit in the cells) and milliseconds', () => {
    const log = parseNvidiaSmiCsv(`${HEADER}\n2024/05/01 12:00:00.250, 0, 250.5, 40\n`, 'n.csv');
    expect(log.samples[0]).toEqual({ row: 2, timeMs: Date.parse('2024-05-01T12:00:00.250Z'), gpu: '0', powerW: 250.5, utilization: 0.4 });
  });
});

describe('parseNvidiaSmiCsv refuses malformed logs with file, row and column', () => {
  it('a missing power column', () => {
    const e = fileError(() => parseNvidiaSmiCsv('timestamp, index, utilization.gpu [%]\n2024/05/01 12:00:00.000, 0, 90 %\n', 'p.csv'));
    expect(e.row).toBe(1);
    expect(e.message).toContain('power.draw [W]');
  });

  it('a power header in another unit', () => {
    const e = fileError(() => parseNvidiaSmiCsv('timestamp, index, power.draw [mW]\n2024/05/01 12:00:00.000, 0, 300000\n', 'p.csv'));
    expect([e.row, e.column]).toEqual([1, 'power.draw [mW]']);
    expect(e.message).toContain('not in watts');
  });

  it('a cell in another unit than the header', () => {
    const e = fileError(() => parseNvidiaSmiCsv(`${HEADER}\n2024/05/01 12:00:00.000, 0, 0.3 kW, 90 %\n`, 'p.csv'));
    expect([e.row, e.column]).toEqual([2, 'power.draw [W]']);
  });

  it('a non-numeric cell, named by row and column', () => {
    const text = smiText.replace('2024/05/01 12:00:10.000, 1, 200.00 W, 50 %', '2024/05/01 12:00:10.000, 1, 2OO.00 W, 50 %');
    const e = fileError(() => parseNvidiaSmiCsv(text, SMI));
    expect([e.file, e.row, e.column]).toEqual([SMI, 5, 'power.draw [W]']);
  });

  it('an [N/A] reading', () => {
    const e = fileError(() => parseNvidiaSmiCsv(`${HEADER}\n2024/05/01 12:00:00.000, 0, [N/A], 90 %\n`, 'p.csv'));
    expect(e.message).toContain('not available');
  });

  it('a utilisation above 100 %', () => {
    const e = fileError(() => parseNvidiaSmiCsv(`${HEADER}\n2024/05/01 12:00:00.000, 0, 300 W, 190 %\n`, 'p.csv'));
    expect(e.column).toBe('utilization.gpu [%]');
  });

  it('an empty file, and a header without readings', () => {
    expect(fileError(() => parseNvidiaSmiCsv('', 'p.csv')).message).toContain('empty');
    expect(fileError(() => parseNvidiaSmiCsv(`${HEADER}\n`, 'p.csv')).message).toContain('no readings');
  });

  it('a timestamp that is not nvidia-smi\'s, or not a date', () => {
    expect(fileError(() => parseNvidiaSmiCsv(`${HEADER}\n2024-05-01T12:00:00Z, 0, 300 W, 90 %\n`, 'p.csv')).column).toBe('timestamp');
    expect(fileError(() => parseNvidiaSmiCsv(`${HEADER}\n2024/02/30 12:00:00.000, 0, 300 W, 90 %\n`, 'p.csv')).message).toContain('not a valid date');
  });
});

describe('integratePower: gaps and resets are reported, never bridged', () => {
  const row = (t: string, w: number): string => `2024/05/01 ${t}, 0, ${w} W, 50 %`;

  it('an interval longer than 5 × the median is a gap: not integrated, listed with its rows', () => {
    // intervals 10, 10, 60, 10 s: median 10 s, threshold 50 s; the 60 s interval is a gap
    const text = [HEADER, row('12:00:00.000', 100), row('12:00:10.000', 100), row('12:00:20.000', 100), row('12:01:20.000', 100), row('12:01:30.000', 100)].join('\n');
    const r = integratePower(parseNvidiaSmiCsv(text, 'g.csv'));
    expect(r.gaps).toEqual([{ gpu: '0', fromRow: 4, toRow: 5, fromMs: Date.parse('2024-05-01T12:00:20Z'), toMs: Date.parse('2024-05-01T12:01:20Z') }]);
    expect(r.energyKWh).toBeCloseTo((100 * 30) / J_PER_KWH, 15); // 3 intervals of 10 s at 100 W
    expect(r.gpus[0].coveredHours).toBeCloseTo(30 / 3600, 15);
    // a larger gap factor integrates it: 100 W × 90 s
    expect(integratePower(parseNvidiaSmiCsv(text, 'g.csv'), { gapFactor: 10 }).energyKWh).toBeCloseTo((100 * 90) / J_PER_KWH, 15);
  });

  it('a duplicate or backwards time refuses the log by default, naming the row', () => {
    const dup = [HEADER, row('12:00:00.000', 100), row('12:00:10.000', 100), row('12:00:10.000', 100)].join('\n');
    const e = fileError(() => integratePower(parseNvidiaSmiCsv(dup, 'd.csv')));
    expect([e.row, e.column]).toEqual([4, 'timestamp']);
    expect(e.message).toContain('same time');
    const back = [HEADER, row('12:00:10.000', 100), row('12:00:00.000', 100)].join('\n');
    expect(fileError(() => integratePower(parseNvidiaSmiCsv(back, 'b.csv'))).message).toContain('earlier than');
  });

  it('with onReset split, a reset starts a new run: each run is integrated, the interval across is not', () => {
    // run 1: 12:00:00–12:00:20 at 200 W (2 intervals of 10 s); reset back to 12:00:05; run 2: 12:00:05–12:00:15 at 300 W (1 of 10 s)
    const text = [HEADER, row('12:00:00.000', 200), row('12:00:10.000', 200), row('12:00:20.000', 200), row('12:00:05.000', 300), row('12:00:15.000', 300)].join('\n');
    const r = integratePower(parseNvidiaSmiCsv(text, 'r.csv'), { onReset: 'split' });
    expect(r.resets).toEqual([{ gpu: '0', kind: 'backwards', row: 5, previousRow: 4, backSeconds: 15 }]);
    expect(r.energyKWh).toBeCloseTo((200 * 20 + 300 * 10) / J_PER_KWH, 15);
  });

  it('refuses a GPU with a single reading and a gap factor not > 1', () => {
    expect(fileError(() => integratePower(parseNvidiaSmiCsv(`${HEADER}\n${row('12:00:00.000', 100)}\n`, 's.csv'))).message).toContain('single reading');
    expect(() => integratePower(parseNvidiaSmiCsv(smiText, SMI), { gapFactor: 1 })).toThrow(InputError);
  });
});

describe('parseDcgmCsv + integratePower on examples/measurements/dcgm-power.csv', () => {
  const r = integratePower(parseDcgmCsv(dcgmText, DCGM));

  it('integratePower: trapezoids 15 s apart, GPUs keyed by host', () => {
    // node1:0: 300→320→340→300 W: 310·15 + 330·15 + 320·15 = 4650 + 4950 + 4800 = 14,400 J
    // node1:1: 200→200→220→240 W: 200·15 + 210·15 + 230·15 = 3000 + 3150 + 3450 = 9,600 J
    expect(r.gpus.map((g) => g.gpu)).toEqual(['node1:0', 'node1:1']);
    expect(r.gpus[0].energyKWh).toBeCloseTo(14_400 / J_PER_KWH, 15);
    expect(r.gpus[1].energyKWh).toBeCloseTo(9_600 / J_PER_KWH, 15);
    expect(r.startMs).toBe(Date.parse('2024-05-01T12:00:00Z')); // 1714564800 s
    expect(r.durationHours).toBeCloseTo(45 / 3600, 15);
    // utilisation of node1:1: ((0.6+0.6)/2 + (0.6+0.7)/2 + (0.7+0.8)/2) / 3 = (0.6 + 0.65 + 0.75) / 3
    expect(r.gpus[1].meanUtilization).toBeCloseTo(2 / 3, 14);
  });

  it('parseDcgmCsv accepts ISO 8601 times with a zone', () => {
    expect(parseDcgmCsv('timestamp,gpu,DCGM_FI_DEV_POWER_USAGE\n2024-05-01T14:00:00+02:00,0,300\n', 'd.csv').samples[0].timeMs).toBe(Date.parse('2024-05-01T12:00:00Z'));
  });

  it('parseDcgmCsv refuses a missing column, a bad cell and a bad time, naming row and column', () => {
    expect(fileError(() => parseDcgmCsv('timestamp,gpu\n1714564800,0\n', 'd.csv')).message).toContain('DCGM_FI_DEV_POWER_USAGE');
    const bad = fileError(() => parseDcgmCsv(dcgmText.replace(',node1,320,99', ',node1,3 20,99'), DCGM));
    expect([bad.row, bad.column]).toEqual([4, 'DCGM_FI_DEV_POWER_USAGE']);
    expect(fileError(() => parseDcgmCsv('timestamp,gpu,DCGM_FI_DEV_POWER_USAGE\n2024-05-01 12:00,0,300\n', 'd.csv')).column).toBe('timestamp');
    expect(fileError(() => parseDcgmCsv('timestamp,gpu,DCGM_FI_DEV_POWER_USAGE\n1714564800,0,300000\n', 'd.csv')).message).toContain('outside the valid range');
  });
});
