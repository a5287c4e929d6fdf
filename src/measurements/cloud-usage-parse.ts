import { CLOUD_PROVIDERS, parseCsv, parseNumberCell } from '../datasets/index.js';
import { FileError } from '../errors/index.js';

/** The columns of a cloud usage file, in any order. */
export const CLOUD_USAGE_COLUMNS = ['provider', 'region', 'instanceType', 'hours'] as const;

/** One row of a cloud usage file: instance-hours of one instance type in one region. */
export interface CloudUsageRow {
  /** `aws`, `gcp` or `azure`. */
  readonly provider: (typeof CLOUD_PROVIDERS)[number];
  /** The provider's region id (`us-east-1`, `europe-west4`, `westeurope`). */
  readonly region: string;
  /** Instance type as billed. */
  readonly instanceType: string;
  /** Instance-hours [h]: instances × hours each ran. */
  readonly hours: number;
  /** 1-based row in the file (header = 1). */
  readonly row: number;
}

/**
 * Read a cloud usage CSV (RFC 4180, as the datasets loader reads it): one row
 * per provider, region, instance type and instance-hours — the dimensions
 * Cloud Carbon Footprint reads from billing data (cloud provider, region,
 * instance/machine type, usage amount in hours). Columns
 * {@link CLOUD_USAGE_COLUMNS} are required, `note` is allowed, any other
 * column is refused (so a misspelt `hours` is not silently missing).
 *
 * @param text - the file's text
 * @param file - its name, for errors
 * @throws {@link FileError} naming file, row and column: a missing or unknown column, an unknown provider, an empty cell, hours that are not a positive number
 * @example
 * parseCloudUsage('provider,region,instanceType,hours\naws,us-east-1,p4d.24xlarge,720\n', 'usage.csv')[0].hours; // => 720
 */
export function parseCloudUsage(text: string, file: string): CloudUsageRow[] {
  const table = parseCsv(text, file);
  const allowed: readonly string[] = [...CLOUD_USAGE_COLUMNS, 'note'];
  table.header.forEach((h, k) => {
    if (!allowed.includes(h)) throw new FileError({ file, row: 1, column: k + 1 }, `unknown column "${h}"`, `use only ${allowed.join(', ')}`);
  });
  for (const name of CLOUD_USAGE_COLUMNS) {
    if (!table.header.includes(name)) throw new FileError({ file, row: 1, column: name }, 'required column missing from the header', `write a header ${CLOUD_USAGE_COLUMNS.join(',')}`);
  }
  const at = (name: string) => table.header.indexOf(name);
  return table.rows.map((r) => {
    const cell = (name: (typeof CLOUD_USAGE_COLUMNS)[number]): string => {
      const v = r.cells[at(name)];
      if (v.trim() === '') throw new FileError({ file, row: r.row, column: name }, 'empty cell', `give the ${name}`);
      return v;
    };
    const provider = cell('provider');
    if (!(CLOUD_PROVIDERS as readonly string[]).includes(provider)) {
      throw new FileError({ file, row: r.row, column: 'provider' }, `unknown provider "${provider.slice(0, 30)}"`, `write one of ${CLOUD_PROVIDERS.join(', ')} (lower case)`);
    }
    const hoursText = cell('hours');
    const hours = parseNumberCell(hoursText);
    if (typeof hours === 'string') throw new FileError({ file, row: r.row, column: 'hours' }, `not a number: ${hours}`, 'write the instance-hours as a plain number, e.g. 720');
    if (hours <= 0) throw new FileError({ file, row: r.row, column: 'hours' }, `${hours} instance-hours: must be > 0`, 'give the hours the instances ran, or remove the row');
    return { provider: provider as CloudUsageRow['provider'], region: cell('region'), instanceType: cell('instanceType'), hours, row: r.row };
  });
}
