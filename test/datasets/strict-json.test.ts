import { describe, expect, it } from 'vitest';
import { parseStrictJson } from '../../src/datasets/index.js';
import { thrown } from './helpers.js';

describe('parseStrictJson', () => {
  it('parseStrictJson parses like JSON.parse for valid input and records object lines', () => {
    const text = '[\n  {"a": 1.5, "b": "x"},\n  {"a": -2e3, "b": null}\n]';
    const { value, lines } = parseStrictJson(text, 'x.json');
    expect(value).toEqual(JSON.parse(text));
    const rows = value as object[];
    expect([lines.get(rows[0]), lines.get(rows[1])]).toEqual([2, 3]);
  });

  it('parseStrictJson refuses duplicate keys, which JSON.parse silently resolves to the last', () => {
    const e = thrown(() => parseStrictJson('{\n "a": 1,\n "a": 2\n}', 'd.json'));
    expect([e.row, e.column]).toEqual([3, 2]);
    expect(e.message).toMatch(/duplicate key "a"/);
  });

  it('parseStrictJson refuses 1e400, which JSON.parse turns into Infinity', () => {
    expect(JSON.parse('1e400')).toBe(Infinity);
    expect(thrown(() => parseStrictJson('{"v": 1e400}', 'o.json')).message).toMatch(/overflows to Infinity/);
  });

  it('parseStrictJson refuses NaN, trailing commas, a BOM and trailing content', () => {
    expect(thrown(() => parseStrictJson('{"v": NaN}', 'n.json')).message).toMatch(/unexpected text/);
    expect(thrown(() => parseStrictJson('[1,]', 't.json')).message).toMatch(/unexpected "]"/);
    expect(thrown(() => parseStrictJson('\ufeff{}', 'b.json')).message).toMatch(/byte-order mark/);
    expect(thrown(() => parseStrictJson('{} x', 'c.json')).message).toMatch(/after the end/);
  });
});
