import type { JsonSchema } from './json-schema.js';

/**
 * The fields of a site, the grid and data centre something runs in
 * (`gridIntensity`, `location`, `year`, `pue`, `wue`, `impacts`), written once
 * for every object of {@link STUDY_SCHEMA} that carries them.
 *
 * - `'cloud'`: the study's cloud block, the default site. Its gridIntensity
 *   may be a time series, its location comes first, and its pue defaults to
 *   the provider's or the industry average.
 * - `'entry'`: a server, job, inference or storage entry, which overrides the
 *   cloud block's site; its defaults are the cloud block's.
 *
 * The order of the fields is the order error messages list them in, so it
 * differs between the two as it always has.
 *
 * @internal
 * @example
 * // the cloud block lists its site's fields first, in this order, then overheadShare:
 * const expectedOf = (f) => { try { f(); } catch (e) { return e.expected; } };
 * expectedOf(() => parseStudy({ name: 'x', cloud: { gridIntensity: 0.4, pue2: 1 }, workload: { utilization: 0.5 }, model: { jobs: [{ energy: '1 kWh' }] } }, { lookup: datasetLookup() })); // => 'one of the fields location, year, gridIntensity, pue, wue, impacts, overheadShare'
 */
export function siteFields(owner: 'cloud' | 'entry'): Readonly<Record<string, JsonSchema>> {
  const year: JsonSchema = {
    type: 'integer',
    minimum: 1990,
    maximum: 2100,
  };
  const wue: JsonSchema = {
    $ref: '#/$defs/value',
    description: 'Water usage effectiveness of the data centre [L/kWh of IT energy]: water evaporated on site (the water category\'s on-site factor, impacts.water.onSite); needs this entry\'s own pue.',
  };
  const impacts: JsonSchema = {
    $ref: '#/$defs/impacts',
    description: 'Factors of this grid and data centre in the categories besides climate change: gridIntensity (per kWh of electricity) and onSite (per kWh of IT energy), e.g. {"water": {"gridIntensity": "3.14 L/kWh"}}.',
  };
  if (owner === 'entry') {
    return {
      gridIntensity: {
        $ref: '#/$defs/value',
        description: 'kgCO2e/kWh where this runs; default the cloud block\'s.',
      },
      location: {
        type: 'string',
        description: 'Location of the grid where this runs (with year), instead of gridIntensity.',
      },
      year,
      pue: {
        $ref: '#/$defs/value',
        description: 'PUE where this runs (1 for an edge device), or a provider key (aws, gcp, azure); default the provider\'s when the entry\'s location names a cloud region, else the cloud block\'s.',
      },
      wue,
      impacts,
    };
  }
  return {
    location: {
      type: 'string',
      description: 'ISO 3166-1 alpha-2 code, WORLD, EU, a named supply (renewable) or provider:region.',
    },
    year,
    gridIntensity: {
      description: 'kgCO2e/kWh; overrides the location\'s value. Or a time series: {"series": "grid.csv", "from"?: ISO time, "to"?: ISO time} → its time-weighted mean (path relative to the study file); a job with a loadSeries is matched to it hour by hour instead.',
      oneOf: [
        {
          $ref: '#/$defs/value',
        },
        {
          type: 'object',
          required: ['series'],
          additionalProperties: false,
          properties: {
            series: {
              type: 'string',
            },
            from: {
              type: 'string',
            },
            to: {
              type: 'string',
            },
            source: {
              type: 'string',
            },
          },
        },
      ],
    },
    pue: {
      $ref: '#/$defs/value',
      description: 'Power usage effectiveness (≥ 1), or a provider key (aws, gcp, azure) for its fleet PUE; default: the provider\'s when location names a cloud region (aws:us-east-1), else the industry average.',
    },
    wue,
    impacts,
  };
}
