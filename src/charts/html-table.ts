import { InputError } from '../errors/index.js';
import { escapeXml } from './escape-xml.js';
import { formatNumber } from './format-number.js';

/** A table cell: text (left-aligned) or a number (right-aligned, formatted). */
export type TableCell = string | number | boolean | null | undefined;

/** Options of {@link htmlTable}. */
export interface HtmlTableOptions {
  /** Column headings; default the keys of the first row when rows are objects, none for arrays. */
  readonly columns?: readonly string[];
  /** Significant digits of numbers (default 6), as {@link formatNumber}. */
  readonly significantDigits?: number;
}

/**
 * An HTML table for a notebook (`tslab.display.html(htmlTable(rows))`):
 * rows as arrays of cells or as objects (one column per key), numbers
 * right-aligned and formatted to `significantDigits` (an interval `[low, high]`
 * as `low – high`), text escaped. A
 * result object that is not an array (a Monte Carlo result's `outputs`, a
 * sensitivity result's indices keyed by input) is shown one row per entry,
 * with the key in the first column.
 *
 * @param rows - arrays of cells, objects of cells, or a record of objects
 * @param options - column headings and digits
 * @returns an HTML `<table>` string
 * @throws {@link InputError} when `rows` is not an array or an object
 * @example
 * htmlTable([{ part: 'CPU', kgCO2e: 24.4 }]).includes('<th style="text-align:left;padding:2px 8px">part</th>'); // => true
 * htmlTable([['total', 1175.8]], { columns: ['part', 'kgCO2e'] }).includes('>1,175.8</td>'); // => true
 * htmlTable({ x1: { S1: 0.31 } }).includes('<td style="text-align:left;padding:2px 8px">x1</td>'); // => true
 * htmlTable([[[0.27, 0.36]]], { significantDigits: 2 }).includes('right;padding:2px 8px">0.27 – 0.36</td>'); // => true
 */
export function htmlTable(rows: readonly (readonly TableCell[] | object)[] | Readonly<Record<string, object>>, options: HtmlTableOptions = {}): string {
  const digits = options.significantDigits ?? 6;
  let list: readonly unknown[];
  let keyColumn: string | undefined;
  if (Array.isArray(rows)) list = rows;
  else if (typeof rows === 'object' && rows !== null) {
    list = Object.entries(rows).map(([k, v]) => ({ '': k, ...(v as object) }));
    keyColumn = '';
  } else throw new InputError({ path: 'rows', received: rows, expected: 'an array of rows or an object of rows' });
  const first = list[0];
  const columns = options.columns ?? (first !== undefined && !Array.isArray(first) && typeof first === 'object' && first !== null ? Object.keys(first) : undefined);
  const cells = list.map((r) => (Array.isArray(r) ? (r as TableCell[]) : (columns ?? []).map((c) => (r as Record<string, unknown>)[c])));
  const cell = (v: unknown, tag: 'td' | 'th'): string => {
    const interval = Array.isArray(v) && v.length > 0 && v.every((x) => typeof x === 'number');
    const text = typeof v === 'number' ? formatNumber(v, digits)
      : interval ? (v).map((x) => formatNumber(x, digits)).join(' – ')
        : v === undefined || v === null ? '' : typeof v === 'string' ? v : typeof v === 'boolean' || typeof v === 'bigint' ? String(v) : (JSON.stringify(v) ?? typeof v);
    return `<${tag} style="text-align:${typeof v === 'number' || interval ? 'right' : 'left'};padding:2px 8px">${escapeXml(text)}</${tag}>`;
  };
  const head = columns === undefined ? '' : `<thead><tr>${columns.map((c) => cell(c === keyColumn ? '' : c, 'th')).join('')}</tr></thead>`;
  return `<table style="border-collapse:collapse">${head}<tbody>${cells.map((r) => `<tr>${r.map((v) => cell(v, 'td')).join('')}</tr>`).join('')}</tbody></table>`;
}
