/**
 * `ailca/datasets` — bundled and user datasets: listing and describing
 * them, loading (strict CSV and JSON with manifests, sources and checksums),
 * the row schemas, and the factor lookups the assessment calls. Every value
 * comes back as a {@link SourcedValue} naming its dataset, version, source
 * and year.
 *
 * @module ailca/datasets
 */
export {
  rowsOf, factorColumns, checkFactorRange, PER_ROW_UNIT, parseCsv, parseStrictJson, parseNumberCell, validateRows, readManifest, unitFactors, loadDataset,
  loadUserDataset, normaliseKeyPart, bundledDatasetsRoot, listBundledDatasets, loadBundledDataset, compareVersions, BUNDLED_MANIFEST_SHA256, closeMatches,
  searchOrder, sourcedValue, unknownKeyError, findByYear, lookupIcFactor, DEFAULT_IC_METHOD, PROCESS_NODES_DATASET, lookupPcbFactor, lookupGridIntensity, DEFAULT_GRID_DATASETS,
  lookupPue, DEFAULT_PUE_DATASETS, lookupMaterialFactor, lookupPartFactor, lookupParameter, DEFAULT_MATERIAL_DATASETS, DEFAULT_PART_DATASETS,
  DEFAULT_PARAMETER_DATASETS, lookupCatalogue, DEFAULT_CATALOGUE_DATASETS, lookupStorageFactor, DEFAULT_STORAGE_METHOD, actCarbonPerArea, actLogicParameters,
  listDatasets, describeDataset, loadIntensitySeries, parseIntensitySeries, intensityIntegral, loadLoadSeries, parseLoadSeries, matchLoadIntensity, listSchemas, registerSchema, findSchema, icFactorSchema,
  IC_TECHNOLOGIES, pcbFactorSchema, gridIntensitySchema, pueSchema, materialFactorSchema, partFactorSchema, PART_UNITS, parameterSchema, PARAMETER_UNITS,
  logicFabSchema, storageFactorSchema, STORAGE_TECHNOLOGIES, catalogueSchema, CATALOGUE_FIELDS, CATALOGUE_KINDS, cloudInstanceSchema, CLOUD_PROVIDERS, vcpuPowerSchema, electricityImpactSchema, ELECTRICITY_IMPACT_CATEGORIES, ELECTRICITY_IMPACT_UNITS, wueSchema, transportFactorSchema, processNodeSchema,
  lookupComponentImpact, componentImpactSchema, COMPONENT_IMPACT_CATEGORIES, COMPONENT_IMPACT_UNITS,
} from '../datasets/index.js';
export type {
  DatasetSource, DatasetFileEntry, DatasetFieldSpec, DatasetManifest, UncertaintySpec, FactorRowBase, DatasetRef, SourcedValue, Dataset, SchemaRowTypes,
  ColumnSpec, RowSchema, RowProblem, CsvRow, CsvTable, JsonValue, StrictJson, RawRecord, RowContext, ManifestRead, BundledDatasetEntry, BundledDatasetOptions,
  FactorSource, LookupOptions, FoundRow, YearChoice, IcFactorQuery, PcbFactorQuery, GridIntensityQuery, CatalogueEntry, SourcedText, StorageFactorQuery,
  ActCarbonPerAreaInput, ActLogicQuery, ActLogicParameters, IntensitySeries, IntensityIntegral, LoadSeries, LoadIntensityMatch, IcFactorRow, PcbFactorRow, GridIntensityRow, PueRow, ElectricityImpactRow, ElectricityImpactCategory, TransportFactorRow, WueRow, ComponentImpactRow, ComponentImpactCategory, ComponentImpactQuery, ProcessNodeRow,
  MaterialFactorRow, PartFactorRow, ParameterRow, LogicFabRow, StorageFactorRow, CatalogueRow, CatalogueFieldSpec, CloudInstanceRow, VcpuPowerRow,
} from '../datasets/index.js';
export { datasetLookup, workloadLookup, WORKLOAD_DATASET, type DatasetLookupOptions, type WorkloadLookup, type FactorLookup, type SourcedFactor, type LookupUncertainty, type CatalogueRecord, type CatalogueField } from '../study/index.js';
// The errors this module throws (also at the package root).
export { AilcaError, InputError, UnitError, FileError } from '../errors/index.js';
