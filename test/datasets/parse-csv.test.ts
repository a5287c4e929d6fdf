import { describe, expect, it } from 'vitest';
import { FileError } from '../../src/errors/index.js';
import { parseCsv } from '../../src/datasets/index.js';
import { thrown } from './helpers.js';

describe('parseCsv', () => {
  it('parseCsv reads RFC 4180 quotes: commas, doubled quotes and line breaks inside quoted cells', () => {
    const t = parseCsv('a,b,c\r\n"x, y","say ""hi""","two\nlines"\r\n', 't.csv');
    expect(t.header).toEqual(['a', 'b', 'c']);
    expect(t.rows).toEqual([{ row: 2, cells: ['x, y', 'say "hi"', 'two\nlines'] }]);
  });

  it('parseCsv accepts a missing final line break and keeps empty cells as empty text', () => {
    expect(parseCsv('a,b\n1,', 't.csv').rows[0].cells).toEqual(['1', '']);
  });

  it('parseCsv refuses an unquoted decimal comma as a row with too many cells, naming row and column', () => {
    const e = thrown(() => parseCsv('location,value\nDE,0,4\n', 'g.csv'));
    expect(e).toBeInstanceOf(FileError);
    expect(e.row).toBe(2);
    expect(e.message).toMatch(/g\.csv, row 2, column 3: 3 cells where the header has 2/);
  });

  it('parseCsv refuses a truncated last row', () => {
    const e = thrown(() => parseCsv('a,b,c\n1,2,3\n4,5', 't.csv'));
    expect([e.row, e.column]).toEqual([3, 3]);
  });

  it('parseCsv refuses a byte-order mark, raw or mangled into ï»¿', () => {
    expect(thrown(() => parseCsv('\ufeffa,b\n1,2\n', 't.csv')).message).toMatch(/byte-order mark/);
    expect(thrown(() => parseCsv('\u00ef\u00bb\u00bfa,b\n1,2\n', 't.csv')).message).toMatch(/byte-order mark/);
  });

  it('parseCsv refuses blank lines, stray quotes, unterminated quotes and duplicate header names', () => {
    expect(thrown(() => parseCsv('a\n1\n\n2\n', 't.csv')).row).toBe(3);
    expect(thrown(() => parseCsv('a,b\n1,x"y\n', 't.csv')).message).toMatch(/quote inside an unquoted cell/);
    expect(thrown(() => parseCsv('a,b\n1,"xy\n', 't.csv')).message).toMatch(/unterminated/);
    expect(thrown(() => parseCsv('a,b\n1,"x"y\n', 't.csv')).message).toMatch(/text after a closing quote/);
    expect(thrown(() => parseCsv('a,a\n1,2\n', 't.csv')).message).toMatch(/duplicate column name/);
  });
});
