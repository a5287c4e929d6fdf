/**
 * Bundled and user datasets: manifests with sources and checksums, a strict
 * loader (CSV after RFC 4180, JSON without duplicate keys), row schemas, and
 * the factor lookups the assessment calls. Every value comes back as a
 * {@link SourcedValue} naming its dataset, version, source and year.
 * @module
 */
export type { DatasetSource, DatasetFileEntry, DatasetFieldSpec, DatasetManifest, UncertaintySpec, FactorRowBase, DatasetRef, SourcedValue } from './types.js';
export { type Dataset, type SchemaRowTypes, rowsOf } from './dataset.js';
export { type ColumnSpec, type RowSchema, type RowProblem, factorColumns, checkFactorRange, PER_ROW_UNIT } from './schema.js';
export * from './schemas/index.js';
export { parseCsv, type CsvRow, type CsvTable } from './parse-csv.js';
export { parseStrictJson, type JsonValue, type StrictJson } from './strict-json.js';
export { parseNumberCell } from './parse-cell.js';
export { validateRows, type RawRecord, type RowContext } from './validate-rows.js';
export { readManifest, unitFactors, type ManifestRead } from './read-manifest.js';
export { loadDataset, loadUserDataset, normaliseKeyPart } from './load-dataset.js';
export { bundledDatasetsRoot, listBundledDatasets, loadBundledDataset, compareVersions, type BundledDatasetEntry, type BundledDatasetOptions } from './bundled.js';
export { BUNDLED_MANIFEST_SHA256 } from './bundled-checksums.js';
export { closeMatches } from './close-matches.js';
export { cellText } from './cell-text.js';
export { type FactorSource, type LookupOptions, searchOrder, sourcedValue, unknownKeyError } from './factor-source.js';
export { findByYear, type FoundRow, type YearChoice } from './find-by-year.js';
export { lookupIcFactor, DEFAULT_IC_METHOD, PROCESS_NODES_DATASET, type IcFactorQuery } from './lookup-ic-factor.js';
export { lookupPcbFactor, type PcbFactorQuery } from './lookup-pcb-factor.js';
export { lookupGridIntensity, DEFAULT_GRID_DATASETS, type GridIntensityQuery } from './lookup-grid-intensity.js';
export { LOCATION_ALIASES } from './location-aliases.js';
export { lookupPue, DEFAULT_PUE_DATASETS } from './lookup-pue.js';
export { lookupTransportFactor, DEFAULT_TRANSPORT_DATASETS } from './lookup-transport-factor.js';
export { lookupElectricityImpact, DEFAULT_ELECTRICITY_IMPACT_DATASETS, type ElectricityImpactQuery } from './lookup-electricity-impact.js';
export { lookupWue, DEFAULT_WUE_DATASETS, type WueQuery } from './lookup-wue.js';
export { lookupComponentImpact, DEFAULT_COMPONENT_IMPACT_DATASETS, type ComponentImpactQuery } from './lookup-component-impact.js';
export { lookupMaterialFactor, lookupPartFactor, lookupParameter, DEFAULT_MATERIAL_DATASETS, DEFAULT_PART_DATASETS, DEFAULT_PARAMETER_DATASETS } from './lookup-keyed.js';
export { lookupCatalogue, DEFAULT_CATALOGUE_DATASETS, type CatalogueEntry, type SourcedText } from './lookup-catalogue.js';
export { lookupStorageFactor, DEFAULT_STORAGE_METHOD, type StorageFactorQuery } from './lookup-storage-factor.js';
export { actCarbonPerArea, type ActCarbonPerAreaInput } from './act-carbon-per-area.js';
export { actLogicParameters, type ActLogicQuery, type ActLogicParameters } from './act-logic-parameters.js';
export { listDatasets, describeDataset } from './describe-dataset.js';
export { loadIntensitySeries, parseIntensitySeries, type IntensitySeries } from './load-intensity-series.js';
export { intensityIntegral, type IntensityIntegral } from './intensity-integral.js';
export { loadLoadSeries, parseLoadSeries, type LoadSeries } from './load-series.js';
export { parseIsoTimestamp } from './iso-timestamp.js';
export { matchLoadIntensity, type LoadIntensityMatch } from './match-load-intensity.js';
