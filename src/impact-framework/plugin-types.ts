/**
 * The plugin interface of the Green Software Foundation's Impact Framework
 * (`@grnsft/if-core` 0.0.30, `types/index.d.ts`: `PluginInterface`,
 * `PluginParams`, `ParameterMetadata`, `MappingParams`), restated
 * structurally so that ailca needs no runtime dependency on if-core: a
 * plugin is a function `(config, parametersMetadata, mapping)` returning
 * `{ metadata, execute }`, as if-core's `PluginFactory` builds them.
 */

/** One observation of an Impact Framework manifest: `timestamp`, `duration` [s] and any parameters. */
export type IfObservation = Record<string, unknown>;

/** How the Impact Framework aggregates a parameter over time and over components. */
export interface IfAggregationMethod {
  /** Over time: `sum`, `avg`, `copy` or `none`. */
  readonly time: 'sum' | 'avg' | 'copy' | 'none';
  /** Over components: `sum`, `avg`, `copy` or `none`. */
  readonly component: 'sum' | 'avg' | 'copy' | 'none';
}

/** Description, unit and aggregation of each parameter a plugin reads or writes. */
export type IfParameterMetadata = Record<string, {
  /** The parameter in words. */
  description: string;
  /** Its unit (`gCO2e`, `kWh`, `seconds`, `none`). */
  unit: string;
  /** How the Impact Framework aggregates it. */
  'aggregation-method': IfAggregationMethod;
}>;

/** A plugin's inputs and outputs, as `parameter-metadata` in a manifest overrides them. */
export interface IfPluginParametersMetadata {
  /** Parameters read from each observation. */
  inputs?: IfParameterMetadata;
  /** Parameters added to each observation. */
  outputs?: IfParameterMetadata;
}

/** Renames of a plugin's parameters in a manifest: `{ pluginName: manifestName }`. */
export type IfMapping = Record<string, string>;

/** What the Impact Framework calls: metadata and `execute` over a component's observations. */
export interface IfPlugin {
  /** The parameters the plugin reads and writes. */
  readonly metadata: {
    /** Parameters read from each observation. */
    inputs: IfParameterMetadata;
    /** Parameters added to each observation. */
    outputs: IfParameterMetadata;
  };
  /** Each observation with the plugin's outputs added. */
  readonly execute: (inputs: IfObservation[]) => Promise<IfObservation[]>;
}
