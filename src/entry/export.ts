/**
 * `ailca/export` — bridges to other LCA tools: a study's inventory as an
 * openLCA JSON-LD process (olca-schema v2: electricity by grid location and
 * the servers' hardware as product flows per year of operation, with
 * uncertainty mapped exactly to openLCA's distributions), written as a zip
 * openLCA imports or as a folder. See docs/bridges.md.
 *
 * @module ailca/export
 */
export { exportOpenLca, writeOpenLca, openLcaFiles, exportBrightwayCsv, brightwayUncertainty, studyInventory, mapUncertainty, NEGLIGIBLE_TRUNCATION, hardwareInventory, electricityInventory, olcaUnit, storeZip, OLCA_FOLDERS, boaviztaResult, BOAVIZTA_CRITERIA, BOAVIZTA_INTERVAL, jobHardwareInventory } from '../export/index.js';
export type {
  OpenLcaExportOptions, OpenLcaPackage, BrightwayCsv, BrightwayCsvOptions, BrightwayUncertainty, StudyInventory, MappedHardwareItem, UnmappablePolicy, AmountFactor, UncertaintyMapping, HardwareItem, ElectricityItem, GridLocation, OlcaUnitSymbol, OlcaUnitInfo, OlcaRef, OlcaExchange,
  OlcaUncertainty, OlcaLogNormal, OlcaNormal, OlcaUniform, OlcaTriangle, NoUncertainty, MappedUncertainty, UnmappableUncertainty, OlcaRootEntity, ZipEntry,
  BoaviztaResult, BoaviztaResultOptions, BoaviztaCriterion, BoaviztaPhase, BoaviztaVerboseComponent, BoaviztaCriterionName,
} from '../export/index.js';
// The errors this module throws (also at the package root).
export { AilcaError, InputError, UnitError, FileError } from '../errors/index.js';
