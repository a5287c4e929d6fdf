import type { JsonSchema } from './json-schema.js';
import { siteFields } from './site-fields.js';

/**
 * The study format: every field of a study file, its type, unit, allowed
 * values, default and description, written once as a JSON Schema (draft
 * 2020-12). It is the one source of these facts:
 *
 * - `schema/study.schema.json` (the schema editors and validators read) is
 *   this object written out by `npm run schema`;
 * - the field tables of `docs/study-format.md` are rendered from it by the
 *   same command (between its `generated` markers);
 * - the parsers (`src/study/parse-*.ts`) take the keys each object may carry
 *   from it, through {@link STUDY_FIELDS}, so a field added here is accepted,
 *   documented and in the JSON Schema at once.
 *
 * `test/study/study-format-generated.test.ts` fails when the committed files
 * are stale. The order of each object's `properties` is the order in which
 * error messages list the valid fields.
 *
 * Edit this file, then run `npm run schema`; never edit the generated files.
 *
 * @internal
 * @example
 * // parseStudy refuses a field this schema does not list, naming the valid ones in its order:
 * const expectedOf = (f) => { try { f(); } catch (e) { return e.expected; } };
 * expectedOf(() => parseStudy({ name: 'x', cloud: { gridIntensity: 0.4 }, workload: { utilisation: 0.5 }, model: { jobs: [{ energy: '1 kWh' }] } }, { lookup: datasetLookup() })); // => 'one of the fields utilization, hoursPerYear'
 */
export const STUDY_SCHEMA: JsonSchema = {
  $schema: 'https://json-schema.org/draft/2020-12/schema',
  $id: 'https://github.com/ailca/ailca/schema/study.schema.json',
  title: 'ailca study',
  description: 'A life-cycle assessment study of an AI system: servers, workload and cloud, and the model (jobs, inference) and data (storage, transfer, preprocessing) elements. Numbers are in the field\'s canonical unit; strings carry units ("350 W", "5 years"). See docs/study-format.md.',
  type: 'object',
  required: ['name', 'cloud'],
  additionalProperties: false,
  properties: {
    $schema: {
      type: 'string',
    },
    $comment: {
      type: 'string',
    },
    name: {
      type: 'string',
      minLength: 1,
    },
    description: {
      type: 'string',
    },
    functionalUnit: {
      description: '"year" (default), "lifetime", or a count of units of service: "training-run", "request", "1000 tokens", "image", or {"per": "request", "count": 1000}.',
      default: 'year',
      oneOf: [
        {
          enum: ['year', 'lifetime'],
        },
        {
          type: 'string',
          pattern: '^\\s*(\\d+(\\.\\d+)?(e\\d+)?)?\\s*(training-run|request|token|image|hour)s?\\s*$',
        },
        {
          type: 'object',
          required: ['per'],
          additionalProperties: false,
          properties: {
            per: {
              type: 'string',
              pattern: '^\\s*(\\d+(\\.\\d+)?(e\\d+)?)?\\s*(training-run|request|token|image|hour)s?\\s*$',
            },
            count: {
              type: 'number',
              exclusiveMinimum: 0,
            },
          },
        },
      ],
    },
    categories: {
      description: 'Impact categories computed besides climate change (always computed): "water" (L), "adpe" (kgSbeq), "pe" (MJ), or "all". Each category\'s figures are outputs keyed <category>.<key> (water.annualized.total); a figure whose factors the study does not give in that category is reported as not covered, never as 0.',
      default: ['climate'],
      oneOf: [
        {
          const: 'all',
        },
        {
          type: 'array',
          uniqueItems: true,
          items: {
            enum: ['climate', 'water', 'adpe', 'pe'],
          },
        },
      ],
    },
    factors: {
      type: 'object',
      additionalProperties: false,
      properties: {
        method: {
          type: 'string',
          description: 'Factor set searched first: clemm-2024 (default), act-2022, boavizta-uba or a user dataset name.',
        },
      },
    },
    servers: {
      type: 'array',
      description: 'Standing servers, and servers that jobs run on ("use": "jobs"). Required and non-empty unless the study has a model or data block.',
      items: {
        $ref: '#/$defs/server',
      },
    },
    workload: {
      type: 'object',
      required: ['utilization'],
      additionalProperties: false,
      properties: {
        utilization: {
          $ref: '#/$defs/value',
          description: 'Share of time active, a fraction in [0, 1].',
        },
        hoursPerYear: {
          $ref: '#/$defs/value',
          description: 'Hours of operation per year [h]; default 8760.',
        },
      },
      description: 'Utilisation and hours of the standing servers; required when the study has standing servers.',
    },
    cloud: {
      type: 'object',
      additionalProperties: false,
      properties: {
        ...siteFields('cloud'),
        overheadShare: {
          $ref: '#/$defs/value',
          description: 'Share of the facility overhead charged, a fraction; default 1.',
        },
      },
    },
    model: {
      type: 'object',
      additionalProperties: false,
      description: 'The model element: development and training jobs, inference, service life, accuracy.',
      properties: {
        serviceLife: {
          $ref: '#/$defs/value',
          description: 'Years the model is in service; one-off jobs are amortised over it. Default 1 year.',
        },
        jobs: {
          type: 'array',
          items: {
            $ref: '#/$defs/job',
          },
        },
        inference: {
          $ref: '#/$defs/inference',
        },
        accuracy: {
          $ref: '#/$defs/value',
          description: 'Accuracy of the model, a fraction, for the Green Score.',
        },
      },
    },
    data: {
      type: 'object',
      additionalProperties: false,
      description: 'The data element: storage, transfer and preprocessing.',
      properties: {
        storage: {
          type: 'array',
          items: {
            $ref: '#/$defs/storage',
          },
        },
        transfer: {
          type: 'array',
          items: {
            $ref: '#/$defs/transfer',
          },
        },
        preprocessing: {
          type: 'array',
          items: {
            $ref: '#/$defs/job',
          },
        },
      },
    },
    shared: {
      type: 'object',
      description: 'Named draws used by several fields ({"shared": "name"}): one value per Monte Carlo sample for all of them.',
      additionalProperties: {
        $ref: '#/$defs/value',
      },
    },
    correlations: {
      type: 'array',
      items: {
        type: 'object',
        required: ['a', 'b', 'rank'],
        additionalProperties: false,
        properties: {
          a: {
            type: 'string',
            description: 'Path of an uncertain input, e.g. servers[0].lifetime or shared.grid',
          },
          b: {
            type: 'string',
          },
          rank: {
            type: 'number',
            exclusiveMinimum: -1,
            exclusiveMaximum: 1,
            description: 'Spearman rank correlation',
          },
        },
      },
    },
    scenarios: {
      type: 'array',
      description: 'Named variants of the study: values to set at study paths (see src/scenarios); levers from src/workloads produce the same shape.',
      items: {
        type: 'object',
        required: ['name', 'set'],
        additionalProperties: false,
        properties: {
          name: {
            type: 'string',
            minLength: 1,
          },
          description: {
            type: 'string',
          },
          set: {
            type: 'object',
            description: 'Study paths ("servers[0].lifetime", "model.jobs[0].energyScale") and the values to set there.',
          },
        },
      },
    },
  },
  $defs: {
    quantity: {
      description: 'A number in the field\'s canonical unit, or a string with a unit.',
      oneOf: [
        {
          type: 'number',
        },
        {
          type: 'string',
          minLength: 1,
        },
      ],
    },
    distribution: {
      type: 'object',
      required: ['dist'],
      properties: {
        dist: {
          enum: ['fixed', 'uniform', 'normal', 'lognormal', 'triangular', 'pert', 'beta', 'discrete'],
        },
        base: {
          $ref: '#/$defs/quantity',
          description: 'Deterministic (base) value; default the mean.',
        },
        source: {
          type: 'string',
        },
      },
      description: 'A probability distribution; parameters are quantities. See docs/distributions.md.',
    },
    value: {
      oneOf: [
        {
          $ref: '#/$defs/quantity',
        },
        {
          $ref: '#/$defs/distribution',
        },
        {
          type: 'object',
          required: ['value'],
          additionalProperties: false,
          properties: {
            value: {
              oneOf: [
                {
                  $ref: '#/$defs/quantity',
                },
                {
                  $ref: '#/$defs/distribution',
                },
              ],
            },
            source: {
              type: 'string',
            },
            unit: {
              type: 'string',
            },
          },
        },
        {
          type: 'object',
          required: ['shared'],
          additionalProperties: false,
          properties: {
            shared: {
              type: 'string',
            },
          },
        },
      ],
    },
    impacts: {
      type: 'object',
      additionalProperties: false,
      description: 'Per impact category besides climate change, the factors of the object\'s factor fields in that category\'s unit (water: L, adpe: kgSbeq, pe: MJ; per cm², GB, kg, kWh as the climate field).',
      properties: {
        water: {
          $ref: '#/$defs/impactFactors',
        },
        adpe: {
          $ref: '#/$defs/impactFactors',
        },
        pe: {
          $ref: '#/$defs/impactFactors',
        },
      },
    },
    linearPower: {
      type: 'object',
      required: ['idle', 'max', 'utilization'],
      additionalProperties: false,
      description: 'Power between idle and maximum by utilisation: idle + u × (max − idle) [W].',
      properties: {
        idle: {
          $ref: '#/$defs/value',
        },
        max: {
          $ref: '#/$defs/value',
        },
        utilization: {
          $ref: '#/$defs/value',
        },
        source: {
          type: 'string',
        },
      },
    },
    impactFactors: {
      type: 'object',
      additionalProperties: false,
      description: 'The factors of one category; each object accepts the fields it has a climate factor for (an IC: factor, packaging; a board: factor; a part: perUnit or massFactor; memory and storage: factor; an accelerator or host: embodied; a site: gridIntensity, onSite; a transport leg: factor; an end of life: factor, credit).',
      properties: {
        factor: {
          $ref: '#/$defs/value',
        },
        packaging: {
          $ref: '#/$defs/value',
        },
        perUnit: {
          $ref: '#/$defs/value',
        },
        massFactor: {
          $ref: '#/$defs/value',
        },
        embodied: {
          $ref: '#/$defs/value',
        },
        gridIntensity: {
          $ref: '#/$defs/value',
        },
        onSite: {
          $ref: '#/$defs/value',
        },
        embodiedPerGB: {
          $ref: '#/$defs/value',
        },
        credit: {
          $ref: '#/$defs/value',
        },
        refurbishment: {
          $ref: '#/$defs/value',
        },
      },
    },
    count: {
      type: 'integer',
      minimum: 1,
    },
    server: {
      type: 'object',
      required: ['name', 'components'],
      additionalProperties: false,
      properties: {
        id: {
          type: 'string',
        },
        name: {
          type: 'string',
        },
        count: {
          $ref: '#/$defs/count',
        },
        lifetime: {
          $ref: '#/$defs/value',
          description: 'Service life [years]; default 4 years.',
        },
        components: {
          type: 'array',
          minItems: 1,
          items: {
            $ref: '#/$defs/component',
          },
        },
        power: {
          type: 'object',
          required: ['active', 'idle'],
          additionalProperties: false,
          properties: {
            active: {
              oneOf: [
                {
                  $ref: '#/$defs/value',
                },
                {
                  type: 'array',
                  minItems: 1,
                  items: {
                    type: 'object',
                    required: [],
                    additionalProperties: false,
                    properties: {
                      catalogue: {
                        type: 'string',
                        description: 'Id of a hardware catalogue entry (e.g. nvidia-h100-sxm); its fields fill what the study leaves out.',
                      },
                      name: {
                        type: 'string',
                      },
                      power: {
                        $ref: '#/$defs/value',
                      },
                      count: {
                        $ref: '#/$defs/count',
                      },
                      source: {
                        type: 'string',
                      },
                    },
                  },
                },
              ],
            },
            idle: {
              $ref: '#/$defs/value',
            },
          },
          description: 'Required on standing servers.',
        },
        utilization: {
          $ref: '#/$defs/value',
        },
        use: {
          enum: ['standing', 'jobs'],
          default: 'standing',
          description: 'standing: counted whole, all year; jobs: counted only through the shares allocated to the jobs that run on it (power then optional).',
        },
        ...siteFields('entry'),
        mass: {
          $ref: '#/$defs/value',
          description: 'Mass of one server [kg]: the default mass of its transport legs and end of life.',
        },
        transport: {
          type: 'array',
          minItems: 1,
          items: {
            $ref: '#/$defs/transportLeg',
          },
          description: 'Transport of the hardware to the data centre, leg by leg: servers × mass [t] × distance [km] × the mode\'s factor [kgCO2e/(t·km)], charged as embodied (life-cycle stage transport) and annualised over the lifetime (on a "use": "jobs" group, charged through the jobs\' allocated shares).',
        },
        endOfLife: {
          oneOf: [
            {
              $ref: '#/$defs/endOfLife',
            },
            {
              type: 'array',
              minItems: 1,
              items: {
                $ref: '#/$defs/endOfLife',
              },
            },
          ],
          description: 'End of life of each server, or of named parts (part): servers × mass × factor [kgCO2e/kg] in the footprint (stage end of life); the credit of what recycling recovers is reported apart as module D, never subtracted.',
        },
        reuse: {
          $ref: '#/$defs/reuse',
          description: 'Second life: the embodied impact split between two lives by a rule, the study assessing one of them; that life\'s years are the lifetime (do not give lifetime as well).',
        },
      },
    },
    transportLeg: {
      type: 'object',
      required: ['mode', 'distance'],
      additionalProperties: false,
      properties: {
        mode: {
          enum: ['truck', 'ship', 'air', 'rail'],
        },
        distance: {
          $ref: '#/$defs/value',
          description: 'Distance carried [km].',
        },
        mass: {
          $ref: '#/$defs/value',
          description: 'Mass carried per server [kg]; default the server\'s mass.',
        },
        factor: {
          $ref: '#/$defs/value',
          description: 'Emission factor of the mode [kgCO2e/(t·km)]; default the bundled transport-factors dataset\'s.',
        },
        source: {
          type: 'string',
        },
        impacts: {
          $ref: '#/$defs/impacts',
          description: 'The mode\'s factor in the categories besides climate change, e.g. {"adpe": {"factor": "1.2e-7 kgSbeq/(t*km)"}}.',
        },
      },
    },
    endOfLife: {
      type: 'object',
      required: ['treatment'],
      additionalProperties: false,
      properties: {
        treatment: {
          enum: ['recycling', 'landfill', 'incineration'],
        },
        part: {
          type: 'string',
          description: 'Name of the component treated (its count per server applies); default the whole server.',
        },
        mass: {
          $ref: '#/$defs/value',
          description: 'Mass treated per server (or per part) [kg]; default the server\'s mass, or the part\'s.',
        },
        factor: {
          $ref: '#/$defs/value',
          description: 'Impact of the treatment [kgCO2e/kg]; default for recycling: Boavizta\'s end-of-life factor, 1.5062 kgCO2e/kg (and its ADPe and primary-energy factors in the categories the study lists).',
        },
        credit: {
          $ref: '#/$defs/value',
          description: 'Impact avoided per kg by what the treatment recovers [kgCO2e/kg], reported as module D (beyond the system boundary), never in a total.',
        },
        source: {
          type: 'string',
        },
        impacts: {
          $ref: '#/$defs/impacts',
          description: 'Factor and credit in the categories besides climate change.',
        },
      },
    },
    reuse: {
      type: 'object',
      required: ['rule', 'firstLife', 'secondLife'],
      additionalProperties: false,
      properties: {
        rule: {
          enum: ['cut-off', 'service-years', 'equal'],
          description: 'cut-off: all embodied impact to the first life (end of life to the second); service-years: by years of each life; equal: 50/50.',
        },
        firstLife: {
          $ref: '#/$defs/value',
          description: 'Years of the first life.',
        },
        secondLife: {
          $ref: '#/$defs/value',
          description: 'Years of the second life.',
        },
        refurbishment: {
          $ref: '#/$defs/value',
          description: 'Impact of refurbishing one server for its second life [kgCO2e], charged to the second life.',
        },
        life: {
          enum: ['first', 'second'],
          default: 'first',
          description: 'The life the study assesses.',
        },
        source: {
          type: 'string',
        },
        impacts: {
          $ref: '#/$defs/impacts',
          description: 'The refurbishment in the categories besides climate change ({"adpe": {"refurbishment": "…"}}).',
        },
      },
    },
    component: {
      oneOf: [
        {
          type: 'object',
          required: ['type'],
          additionalProperties: false,
          properties: {
            type: {
              const: 'ic',
            },
            catalogue: {
              type: 'string',
              description: 'Id of a hardware catalogue entry (e.g. nvidia-h100-sxm); its fields fill what the study leaves out.',
            },
            name: {
              type: 'string',
            },
            technology: {
              enum: ['logic', 'dram', 'nand', 'hbm', 'other'],
            },
            process: {
              type: 'string',
            },
            dieArea: {
              $ref: '#/$defs/value',
            },
            count: {
              $ref: '#/$defs/count',
            },
            factor: {
              $ref: '#/$defs/value',
            },
            method: {
              type: 'string',
              description: 'Factor set for this component (a dataset name), overriding factors.method.',
            },
            packaging: {
              $ref: '#/$defs/value',
            },
            source: {
              type: 'string',
            },
            impacts: {
              $ref: '#/$defs/impacts',
              description: 'Factors of this part in the categories besides climate change (water, adpe, pe), for the same fields as its climate factors.',
            },
          },
        },
        {
          type: 'object',
          required: ['type'],
          additionalProperties: false,
          properties: {
            type: {
              const: 'pcb',
            },
            catalogue: {
              type: 'string',
              description: 'Id of a hardware catalogue entry (e.g. nvidia-h100-sxm); its fields fill what the study leaves out.',
            },
            name: {
              type: 'string',
            },
            area: {
              $ref: '#/$defs/value',
            },
            layers: {
              type: 'integer',
              minimum: 1,
              maximum: 64,
            },
            count: {
              $ref: '#/$defs/count',
            },
            factor: {
              $ref: '#/$defs/value',
            },
            method: {
              type: 'string',
              description: 'Factor set for this component (a dataset name), overriding factors.method.',
            },
            source: {
              type: 'string',
            },
            impacts: {
              $ref: '#/$defs/impacts',
              description: 'Factors of this part in the categories besides climate change (water, adpe, pe), for the same fields as its climate factors.',
            },
          },
        },
        {
          type: 'object',
          required: ['type'],
          additionalProperties: false,
          properties: {
            type: {
              const: 'part',
            },
            catalogue: {
              type: 'string',
              description: 'Id of a hardware catalogue entry (e.g. nvidia-h100-sxm); its fields fill what the study leaves out.',
            },
            kind: {
              type: 'string',
              description: 'A kind of part whose footprint the datasets give (boavizta-uba: power-supply per kg, rack-case, motherboard, hdd … per unit).',
            },
            name: {
              type: 'string',
            },
            count: {
              $ref: '#/$defs/count',
            },
            mass: {
              $ref: '#/$defs/value',
            },
            massFactor: {
              $ref: '#/$defs/value',
            },
            perUnit: {
              $ref: '#/$defs/value',
            },
            source: {
              type: 'string',
            },
            impacts: {
              $ref: '#/$defs/impacts',
              description: 'Factors of this part in the categories besides climate change (water, adpe, pe), for the same fields as its climate factors.',
            },
          },
        },
        {
          type: 'object',
          required: ['type', 'technology'],
          additionalProperties: false,
          properties: {
            type: {
              enum: ['memory', 'storage'],
            },
            catalogue: {
              type: 'string',
            },
            name: {
              type: 'string',
            },
            technology: {
              enum: ['dram', 'hbm', 'ssd', 'hdd'],
              description: 'memory: dram, hbm; storage: ssd, hdd',
            },
            process: {
              type: 'string',
              description: 'A per-source row of the memory-storage-per-gb or act-2022 dataset (e.g. act-ddr3-50nm); default: the spread across sources',
            },
            capacity: {
              $ref: '#/$defs/value',
              description: 'Capacity of one part [GB]',
            },
            density: {
              $ref: '#/$defs/value',
              description: 'Capacity per cm² of die [GB/cm²], e.g. "1.24 GB/cm2" (Boavizta RAM) or "54.88 GB/cm2" (SSD): die area = capacity ÷ density, and factor is per cm² of die (default: the IC factor set\'s dram, hbm or nand row). HBM without density or factor takes the seed\'s DRAM die (2 GB per 0.6 cm²). Not for hdd; not together with dieArea',
            },
            count: {
              $ref: '#/$defs/count',
            },
            factor: {
              $ref: '#/$defs/value',
              description: 'kgCO2e per GB; kgCO2e per cm² of die when density is given',
            },
            method: {
              type: 'string',
              description: 'Factor set: per GB, a storage-factor set (memory-storage-per-gb, act-2022); with density, an IC factor set (overrides factors.method)',
            },
            source: {
              type: 'string',
            },
            impacts: {
              $ref: '#/$defs/impacts',
              description: 'Factors of this part in the categories besides climate change (water, adpe, pe), for the same fields as its climate factors.',
            },
          },
        },
      ],
    },
    accelerator: {
      type: 'object',
      additionalProperties: false,
      properties: {
        catalogue: {
          type: 'string',
          description: 'Hardware catalogue id (nvidia-v100, nvidia-a100-sxm4-80gb, nvidia-h100-sxm…): fills name, TDP and embodied carbon.',
        },
        name: {
          type: 'string',
        },
        count: {
          $ref: '#/$defs/count',
        },
        power: {
          description: 'Average power of one accelerator [W]: measured, or between idle and maximum by utilisation {"idle": "46 W", "max": "407 W", "utilization": 0.5} (idle + u × (max − idle), the linear model of Cloud Carbon Footprint and the SPECpower curves).',
          oneOf: [
            {
              $ref: '#/$defs/value',
            },
            {
              $ref: '#/$defs/linearPower',
            },
          ],
        },
        powerFraction: {
          $ref: '#/$defs/value',
          description: 'Average power as a fraction of the TDP.',
        },
        tdp: {
          $ref: '#/$defs/value',
          description: 'Rated power of one accelerator [W]; default the catalogue\'s.',
        },
        profile: {
          type: 'array',
          minItems: 1,
          description: 'Shares of the job at given powers; the shares sum to 1.',
          items: {
            type: 'object',
            required: ['share', 'power'],
            additionalProperties: false,
            properties: {
              share: {
                type: 'number',
                minimum: 0,
                maximum: 1,
              },
              power: {
                $ref: '#/$defs/value',
              },
              source: {
                type: 'string',
              },
            },
          },
        },
        embodied: {
          $ref: '#/$defs/value',
          description: 'Embodied carbon of one accelerator [kgCO2e]; default the catalogue\'s when an allocation is given.',
        },
        mass: {
          $ref: '#/$defs/value',
          description: 'Mass of one accelerator [kg]: the default mass of its transport legs and end of life.',
        },
        transport: {
          type: 'array',
          minItems: 1,
          items: {
            $ref: '#/$defs/transportLeg',
          },
          description: 'Transport of the accelerators to the data centre, leg by leg (count × mass × distance × factor), allocated to the job with its embodied carbon; needs an allocation.',
        },
        endOfLife: {
          oneOf: [
            {
              $ref: '#/$defs/endOfLife',
            },
            {
              type: 'array',
              minItems: 1,
              items: {
                $ref: '#/$defs/endOfLife',
              },
            },
          ],
          description: 'End of life of the accelerators (count × mass × factor), allocated to the job with its embodied carbon; the credit is module D, apart; needs an allocation.',
        },
        impacts: {
          $ref: '#/$defs/impacts',
          description: 'Embodied impacts of one accelerator in the categories besides climate change: {"water": {"embodied": "… L"}, "adpe": {"embodied": "… kgSbeq"}, "pe": {"embodied": "… MJ"}}.',
        },
        source: {
          type: 'string',
        },
      },
    },
    job: {
      type: 'object',
      additionalProperties: false,
      properties: {
        id: {
          type: 'string',
        },
        name: {
          type: 'string',
        },
        phase: {
          enum: [
            'development',
            'training',
            'hyperparameter-search',
            'fine-tuning',
            'retraining',
            'evaluation',
            'preprocessing',
          ],
        },
        runs: {
          $ref: '#/$defs/value',
          description: 'Runs per occurrence (repeated runs, hyperparameter trials); default 1.',
        },
        runsPerYear: {
          $ref: '#/$defs/value',
          description: 'Occurrences per year of service: makes the job recurring (maintenance retraining).',
        },
        energy: {
          $ref: '#/$defs/value',
          description: 'Measured IT energy of one run [kWh]; with idle, the dynamic energy only.',
        },
        loadSeries: {
          type: 'object',
          required: ['series'],
          additionalProperties: false,
          description: 'The measured load of one run over time, a CSV file (path relative to the study file) with header timestamp,kWh (energy in each interval) or timestamp,kW (mean power): the IT energy is its sum, and where the job\'s grid intensity is a series (cloud.gridIntensity {"series": …}) the carbon is Σ E_h × CI_h, matched by timestamp, not Σ E_h × mean(CI). Its span is the run\'s duration when the job gives none.',
          properties: {
            series: {
              type: 'string',
            },
            source: {
              type: 'string',
            },
          },
        },
        idle: {
          type: 'object',
          required: ['energy', 'includesOverhead'],
          additionalProperties: false,
          description: 'Measured energy of the idle nodes and always-on infrastructure over one run, counted beside the dynamic energy (the accelerators\' power, or energy, which then means the dynamic energy only), as Luccioni et al. 2023 count BLOOM. Refused with a host power or a linear power model, which count the idle draw already.',
          properties: {
            energy: {
              $ref: '#/$defs/value',
              description: 'Idle and infrastructure energy of one run [kWh].',
            },
            includesOverhead: {
              type: 'boolean',
              description: 'true when the measurement includes the facility\'s overhead (cooling, power distribution), so the PUE is not applied to it; false when it is IT energy, which the PUE multiplies like the rest.',
            },
            source: {
              type: 'string',
            },
          },
        },
        hours: {
          $ref: '#/$defs/value',
          description: 'Duration of one run [h].',
        },
        acceleratorHours: {
          $ref: '#/$defs/value',
          description: 'Accelerator-hours of one run [h] (duration = ÷ count).',
        },
        compute: {
          type: 'object',
          required: ['peakFlops', 'efficiency'],
          additionalProperties: false,
          description: 'FLOPs → time → energy (LLMCarbon): hours = flops ÷ (count × peakFlops × efficiency) ÷ 3600. Give flops, or parameters and tokens for the estimate flops = 6 × parameters × tokens (Kaplan et al. 2020).',
          properties: {
            flops: {
              $ref: '#/$defs/value',
              description: 'Floating-point operations of one run [FLOP]; or give parameters and tokens instead.',
            },
            parameters: {
              $ref: '#/$defs/value',
              description: 'Parameters of the model (176e9); with tokens, estimates flops = flopsPerParameterToken × parameters × tokens.',
            },
            tokens: {
              $ref: '#/$defs/value',
              description: 'Training tokens processed in one run (366e9).',
            },
            flopsPerParameterToken: {
              $ref: '#/$defs/value',
              description: 'FLOPs per parameter and training token; default 6 (forward 2 + backward 4, Kaplan et al. 2020, arXiv:2001.08361, C ≈ 6NBS), reported as a default.',
            },
            peakFlops: {
              $ref: '#/$defs/value',
              description: 'Peak throughput of one accelerator [FLOP/s].',
            },
            efficiency: {
              $ref: '#/$defs/value',
              description: 'Achieved share of the peak.',
            },
            source: {
              type: 'string',
            },
          },
        },
        accelerator: {
          $ref: '#/$defs/accelerator',
        },
        host: {
          type: 'object',
          additionalProperties: false,
          description: 'Host nodes beside the accelerators (CPUs, memory, network, idle draw).',
          properties: {
            count: {
              $ref: '#/$defs/count',
            },
            power: {
              description: 'Average power of one node [W], or {"idle", "max", "utilization"} (idle + u × (max − idle)).',
              oneOf: [
                {
                  $ref: '#/$defs/value',
                },
                {
                  $ref: '#/$defs/linearPower',
                },
              ],
            },
            embodied: {
              $ref: '#/$defs/value',
              description: 'Embodied carbon of one node [kgCO2e].',
            },
            impacts: {
              $ref: '#/$defs/impacts',
              description: 'Embodied impacts of one node in the categories besides climate change ({"adpe": {"embodied": "…"}}).',
            },
            source: {
              type: 'string',
            },
          },
        },
        server: {
          type: 'string',
          description: 'Id of a study server with "use": "jobs" whose embodied carbon is allocated to the job.',
        },
        allocation: {
          type: 'object',
          additionalProperties: false,
          required: ['utilization'],
          description: 'Share of the hardware\'s embodied carbon charged to the job (docs/allocation.md).',
          properties: {
            rule: {
              enum: ['time', 'energy', 'flops'],
              default: 'time',
            },
            lifetime: {
              $ref: '#/$defs/value',
              description: 'Hardware lifetime [years]; default the server\'s, else 4 years.',
            },
            utilization: {
              $ref: '#/$defs/value',
              description: 'Expected share of the hardware\'s lifetime it is busy, in (0, 1].',
            },
            share: {
              description: 'Share of the host hardware (the job\'s server group and host nodes; not its accelerators, which the job counts whole) the job holds while it runs, in (0, 1]: a cloud instance of 12 of a host\'s 96 vCPUs is {"vcpus": 12, "of": 96} or 0.125; default 1.',
              oneOf: [
                {
                  $ref: '#/$defs/value',
                },
                {
                  type: 'object',
                  required: ['vcpus', 'of'],
                  additionalProperties: false,
                  properties: {
                    vcpus: {
                      type: 'number',
                      exclusiveMinimum: 0,
                    },
                    of: {
                      type: 'number',
                      exclusiveMinimum: 0,
                    },
                    source: {
                      type: 'string',
                    },
                  },
                },
              ],
            },
          },
        },
        energyScale: {
          $ref: '#/$defs/value',
          description: 'Multiplier on the job\'s energy (reduction levers); default 1.',
        },
        carbonScale: {
          $ref: '#/$defs/value',
          description: 'Multiplier on the job\'s grid intensity (carbon-aware scheduling); default 1.',
        },
        source: {
          type: 'string',
        },
        ...siteFields('entry'),
      },
    },
    inference: {
      type: 'object',
      additionalProperties: false,
      description: 'Deployment: requests per year or per day and, unless the serving hardware is a standing server, the energy per request.',
      properties: {
        name: {
          type: 'string',
        },
        requestsPerYear: {
          $ref: '#/$defs/value',
        },
        requestsPerDay: {
          $ref: '#/$defs/value',
        },
        tokensPerRequest: {
          $ref: '#/$defs/value',
        },
        imagesPerRequest: {
          $ref: '#/$defs/value',
        },
        energyPerRequest: {
          $ref: '#/$defs/value',
          description: 'IT energy of one request [kWh], e.g. "0.3 Wh".',
        },
        energyPerToken: {
          $ref: '#/$defs/value',
          description: 'IT energy per token [kWh].',
        },
        requestsPerSecond: {
          $ref: '#/$defs/value',
          description: 'Throughput of the accelerators together.',
        },
        tokensPerSecond: {
          $ref: '#/$defs/value',
          description: 'Token throughput of the accelerators together.',
        },
        batchSize: {
          $ref: '#/$defs/value',
        },
        batchTime: {
          $ref: '#/$defs/value',
          description: 'Time per batch, e.g. "0.4 s".',
        },
        compute: {
          type: 'object',
          required: ['parameters', 'peakFlops', 'efficiency'],
          additionalProperties: false,
          description: 'FLOPs → time → energy per request: flopsPerParameterToken × parameters × tokensPerRequest FLOPs at efficiency × peakFlops per accelerator; needs the accelerator\'s power and tokensPerRequest. An estimate: 2 FLOPs per parameter and token, the forward pass (Kaplan et al. 2020).',
          properties: {
            parameters: {
              $ref: '#/$defs/value',
              description: 'Parameters of the model (7e9).',
            },
            peakFlops: {
              $ref: '#/$defs/value',
              description: 'Peak throughput of one accelerator [FLOP/s].',
            },
            efficiency: {
              $ref: '#/$defs/value',
              description: 'Achieved share of the peak while serving.',
            },
            flopsPerParameterToken: {
              $ref: '#/$defs/value',
              description: 'FLOPs per parameter and token; default 2 (a forward pass, Kaplan et al. 2020, arXiv:2001.08361, §2.1: C_forward ≈ 2N), reported as a default.',
            },
            source: {
              type: 'string',
            },
          },
        },
        accelerator: {
          $ref: '#/$defs/accelerator',
        },
        energyScale: {
          $ref: '#/$defs/value',
        },
        carbonScale: {
          $ref: '#/$defs/value',
        },
        source: {
          type: 'string',
        },
        ...siteFields('entry'),
      },
    },
    storage: {
      type: 'object',
      required: ['technology', 'capacity'],
      additionalProperties: false,
      properties: {
        name: {
          type: 'string',
        },
        technology: {
          enum: ['ssd', 'hdd'],
        },
        capacity: {
          $ref: '#/$defs/value',
          description: 'Capacity of one copy [GB], e.g. "50 TB".',
        },
        replication: {
          $ref: '#/$defs/value',
          description: 'Copies kept (≥ 1); default 1.',
        },
        duration: {
          $ref: '#/$defs/value',
          description: 'How long it is kept [years]; default the service life.',
        },
        powerPerTB: {
          $ref: '#/$defs/value',
          description: '[W/TB]; default from the ai-workloads dataset.',
        },
        embodiedPerGB: {
          $ref: '#/$defs/value',
          description: '[kgCO2e/GB]; default from the datasets, with their range.',
        },
        lifetime: {
          $ref: '#/$defs/value',
          description: 'Lifetime of the drives [years]; default 4.',
        },
        source: {
          type: 'string',
        },
        ...siteFields('entry'),
      },
    },
    transfer: {
      type: 'object',
      additionalProperties: false,
      properties: {
        name: {
          type: 'string',
        },
        network: {
          enum: ['core', 'end-to-end'],
          default: 'end-to-end',
        },
        amount: {
          $ref: '#/$defs/value',
          description: 'GB moved once.',
        },
        amountPerYear: {
          $ref: '#/$defs/value',
          description: 'GB moved every year.',
        },
        energyPerGB: {
          $ref: '#/$defs/value',
          description: '[kWh/GB]; default by network from the ai-workloads dataset, with its range.',
        },
        gridIntensity: {
          $ref: '#/$defs/value',
        },
        source: {
          type: 'string',
        },
      },
    },
  },
};
