import { describe, expect, it } from 'vitest';
import { InputError } from '../../src/errors/index.js';
import { loadUserDataset, lookupWue } from '../../src/datasets/index.js';
import { datasetLookup } from '../../src/study/dataset-lookup.js';
import { thrown, writeDataset } from './helpers.js';

describe('wue: values against the published figures', () => {
  it('AWS: 0.12 L/kWh in 2025 (Amazon News), 0.25 in 2021 (GreenBiz, Dec 2022)', () => {
    const aws = lookupWue({ location: 'aws' });
    expect([aws.value, aws.unit, aws.year, aws.key]).toEqual([0.12, 'L/kWh', 2025, 'aws:2025']);
    expect(aws.source.id).toBe('amazon2025');
    expect(lookupWue({ location: 'aws', year: 2021 }).value).toBe(0.25);
  });

  it('Microsoft (key azure): 0.27 L/kWh in 2025 (Microsoft blog, June 2026), 0.30 in FY2024 and 0.49 in 2021 (Network World, Dec 2024)', () => {
    expect(lookupWue({ location: 'azure' }).value).toBe(0.27);
    expect(lookupWue({ location: 'azure', year: 2024 }).value).toBe(0.3);
    expect(lookupWue({ location: 'azure', year: 2021 }).value).toBe(0.49);
  });

  it('Meta: 0.26 L/kWh for the buildings completed in 2021 (Meta sustainability, data centers page)', () => {
    expect(lookupWue({ location: 'meta' })).toMatchObject({ value: 0.26, year: 2021, unit: 'L/kWh' });
  });

  it("the industry default 1.8 L/kWh (LBNL 2016, Shehabi et al.) only when asked for as 'default'", () => {
    const d = lookupWue({ location: 'default' });
    expect([d.value, d.unit, d.year]).toEqual([1.8, 'L/kWh', 2014]);
    expect(d.source.citation).toMatch(/Shehabi et al\., "United States Data Center Energy Usage Report"/);
    expect(d.dataset).toEqual({ name: 'wue', version: '1.0.0' });
  });
});

describe('wue: cloud regions, countries and unknown keys', () => {
  it('a cloud region takes its provider fleet figure and says so in the note', () => {
    const v = lookupWue({ location: 'aws:us-east-1' });
    expect([v.value, v.key]).toEqual([0.12, 'aws:2025']);
    expect(v.note).toMatch(/^fleet figure of aws used for aws:us-east-1 \(no region figure\)/);
    expect(lookupWue({ location: 'azure:westeurope' }).value).toBe(0.27);
  });

  it('a region row in a user dataset wins over the fleet figure', () => {
    const text = 'key,value,source,year\naws:us-east-1,0.5,lab,2025\n';
    const ds = loadUserDataset(writeDataset([{ path: 'w.csv', text, schema: 'wue', valueUnit: 'L/kWh' }]));
    const v = lookupWue({ location: 'aws:us-east-1', datasets: [ds] });
    expect([v.value, v.key, v.note]).toEqual([0.5, 'aws:us-east-1:2025', undefined]);
  });

  it('a country is refused, never given the industry default silently', () => {
    const e = thrown(() => lookupWue({ location: 'US' }));
    expect(e).toBeInstanceOf(InputError);
    expect(e.message).toMatch(/is a place, not a data-centre operator/);
    expect(e.fix).toMatch(/'default'/);
  });

  it('a provider with no published WUE (gcp) is refused, its regions too', () => {
    expect(thrown(() => lookupWue({ location: 'gcp' })).path).toBe('location');
    expect(thrown(() => lookupWue({ location: 'gcp:europe-west1' })).message).toMatch(/gcp publishes no figure/);
  });

  it('an unknown operator is refused with a did-you-mean (microsoft → azure, amazon → aws)', () => {
    expect(thrown(() => lookupWue({ location: 'microsoft' })).fix).toBe('did you mean "azure"?');
    expect(thrown(() => lookupWue({ location: 'amazon' })).fix).toBe('did you mean "aws"?');
  });

  it('datasetLookup().wue returns a SourcedFactor and reports errors at the study path', () => {
    expect(datasetLookup().wue({ location: 'aws:eu-west-1' }, 'cloud.location')).toMatchObject({ value: 0.12, unit: 'L/kWh', source: { dataset: { name: 'wue' }, key: 'aws:2025', year: 2025 } });
    expect(thrown(() => datasetLookup().wue({ location: 'FR' }, 'cloud.location')).path).toBe('cloud.location');
  });
});
